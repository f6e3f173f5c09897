using System.Text;
using System.Text.Json;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// Reads JSON into a <see cref="DataNode"/> tree with <see cref="Utf8JsonReader"/>, turning byte
/// offsets into lines and columns so JSON errors read like YAML ones, and refusing duplicate keys,
/// which System.Text.Json would otherwise let the last one win.
/// </summary>
internal sealed class JsonDataReader
{
    private readonly string _file;
    private readonly DataLimits _limits;
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private long _count;
    private int _lastLine = -1;
    private long _lastOffset;
    private int _lastColumn;

    private JsonDataReader(string file, DataLimits limits, byte[] utf8)
    {
        _file = file;
        _limits = limits;
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Reads one JSON value from <paramref name="text"/>.</summary>
    /// <param name="text">The file's contents.</param>
    /// <param name="file">The file's name for messages.</param>
    /// <param name="limits">Size, depth and node limits.</param>
    public static DataReadResult Read(string text, string file, DataLimits limits)
    {
        var reader = new JsonDataReader(file, limits, Encoding.UTF8.GetBytes(text));
        try
        {
            return new DataReadResult(reader.ReadDocument(), []);
        }
        catch (DataFormatException e)
        {
            return DataReadResult.Failed(e.Location, e.Message);
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            var endsEarly = e.Message.Contains("reached end of data", StringComparison.Ordinal) || e.Message.Contains("Expected depth to be zero", StringComparison.Ordinal);
            var message = endsEarly ? reader.WhatTheEndLacks() : CleanMessage(e.Message);
            return DataReadResult.Failed(location, "JSON syntax error: " + ParserMessages.Clip(message));
        }
    }

    private DataNode ReadDocument()
    {
        // MaxDepth makes the reader itself refuse deeper nesting; we add one so that our own,
        // clearer message is the one the user sees.
        var options = new JsonReaderOptions { MaxDepth = _limits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow };
        var reader = new Utf8JsonReader(_utf8, options);
        if (!reader.Read())
        {
            throw new DataFormatException(SourceLocation.OfFile(_file), "the file is empty; expected a JSON object such as {\"title\": …}");
        }

        var root = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new DataFormatException(At(reader.TokenStartIndex), "unexpected text after the end of the JSON value");
        }

        return root;
    }

    private DataNode ReadValue(ref Utf8JsonReader reader)
    {
        if (++_count > _limits.MaxNodes)
        {
            throw new DataFormatException(At(reader.TokenStartIndex), $"the data holds more than {_limits.MaxNodes:N0} values");
        }

        if (reader.CurrentDepth >= _limits.MaxDepth)
        {
            throw new DataFormatException(At(reader.TokenStartIndex), $"the data is nested more than {_limits.MaxDepth} levels deep");
        }

        var location = At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, location);
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return new DataList(location, items);
            case JsonTokenType.String:
                // A string without escapes is its text as the file spells it, one column after the quote.
                return new DataScalar(location, StringAt(ref reader, location), ScalarKind.String)
                {
                    BlockTextStart = reader.ValueIsEscaped ? null : location with { Column = location.Column + 1 },
                };
            case JsonTokenType.Number:
                var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                var isInteger = reader.TryGetInt64(out _) && !raw.Contains('.') && !raw.Contains('e') && !raw.Contains('E');
                return new DataScalar(location, raw, isInteger ? ScalarKind.Integer : ScalarKind.Number);
            case JsonTokenType.True:
                return new DataScalar(location, "true", ScalarKind.Boolean);
            case JsonTokenType.False:
                return new DataScalar(location, "false", ScalarKind.Boolean);
            default:
                return new DataScalar(location, "", ScalarKind.Null);
        }
    }

    /// <summary>The string token's text; an escape such as "\ud800" that names half a character is an input error.</summary>
    private static string StringAt(ref Utf8JsonReader reader, SourceLocation location)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new DataFormatException(location, "the string holds an invalid \\u escape (half of a surrogate pair); expected a whole character");
        }
    }

    private DataMap ReadObject(ref Utf8JsonReader reader, SourceLocation location)
    {
        var entries = new List<DataMapEntry>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyLocation = At(reader.TokenStartIndex);
            var key = StringAt(ref reader, keyLocation);
            if (seen.TryGetValue(key, out var first))
            {
                throw new DataFormatException(keyLocation, $"duplicate key \"{key}\" (first given at line {first.Line}); each key may appear once");
            }

            seen.Add(key, keyLocation);
            reader.Read();
            entries.Add(new DataMapEntry(key, keyLocation, ReadValue(ref reader)));
        }

        return new DataMap(location, entries);
    }

    private SourceLocation At(long byteOffset)
    {
        var line = _lineStarts.BinarySearch((int)byteOffset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        // Columns count characters, not bytes: skip UTF-8 continuation bytes. Values come in file
        // order, so the count goes on from the last one on the same line: a file written on one
        // line costs one pass, not one pass per value.
        var (from, column) = line == _lastLine && byteOffset >= _lastOffset ? (_lastOffset, _lastColumn) : (_lineStarts[line], 1);
        for (var i = from; i < byteOffset; i++)
        {
            if ((_utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        (_lastLine, _lastOffset, _lastColumn) = (line, byteOffset, column);
        return new SourceLocation(_file, line + 1, column);
    }

    /// <summary>
    /// What is missing where the data ends too soon. The reader says only that it reached the end,
    /// wherever that is, so the text is read again for the last thing written: an open text, a key,
    /// a colon, a comma or an opening bracket each ask for something different next.
    /// </summary>
    private string WhatTheEndLacks()
    {
        var open = new Stack<byte>();
        var inText = false;
        var textIsKey = false;
        byte last = 0;
        for (var i = 0; i < _utf8.Length; i++)
        {
            var b = _utf8[i];
            if (inText)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inText = false;
                    last = textIsKey ? (byte)'k' : (byte)'"';
                }

                continue;
            }

            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    continue;
                case (byte)'"':
                    inText = true;
                    textIsKey = open.TryPeek(out var container) && container == (byte)'{' && last is (byte)'{' or (byte)',';
                    continue;
                case (byte)'{' or (byte)'[':
                    open.Push(b);
                    break;
                case (byte)'}' or (byte)']':
                    open.TryPop(out _);
                    break;
            }

            last = b;
        }

        var closing = open.TryPeek(out var innermost) && innermost == (byte)'[' ? "]" : "}";
        return inText ? "a text is not closed: its closing double quote is missing"
            : last switch
            {
                (byte)'k' => "the file ends after a key; expected a colon and the key's value",
                (byte)':' => "the file ends after a colon; the key's value is missing",
                (byte)',' when closing == "}" => "the file ends after a comma; expected the next key in double quotes, or remove the comma and close the map with }",
                (byte)',' => "the file ends after a comma; expected the next item, or remove the comma and close the list with ]",
                _ => $"the file ends early; a closing {closing} is missing",
            };
    }

    /// <summary>
    /// The reader's message in words a data author can act on: without its position (we print our
    /// own) and without advice meant for programmers ("change the reader options").
    /// </summary>
    private static string CleanMessage(string message)
    {
        if (message.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "a comma after the last item of a list or map; remove it (JSON allows no trailing commas)";
        }

        if (message.StartsWith("'/' is invalid", StringComparison.Ordinal) || message.StartsWith("'/' is an invalid", StringComparison.Ordinal))
        {
            return "a comment; JSON has none (remove it, or write the data as YAML, which allows # comments)";
        }

        // The reader's own words for the common mistakes quote single characters ('"', ','), which
        // read badly once printed; each is said plainly instead.
        (string Says, string Means)[] plain =
        [
            ("is an invalid start of a property name", "expected a key in double quotes, such as \"title\": …"),
            ("is invalid after a property name", "expected a colon after the key, such as \"title\": …"),
            ("is invalid after a value", "expected a comma, } or ] after the value"),
            ("is an invalid start of a value", "expected a value: text in double quotes, a number, true, false, null, a list [ ] or a map { }"),
            ("does not contain any JSON tokens", "the file holds no JSON; expected an object such as {\"title\": …}"),
            ("is an invalid JSON literal", "expected a value: text in double quotes, a number, true, false, null, a list [ ] or a map { }"),
            ("is an invalid end of a number", "the file ends early: a number, or a closing } or ], is missing"),
            ("is invalid within a number", "a number written wrongly; write digits, with a point for a fraction (2.5)"),
            ("is invalid after a single JSON value", "more after the end of the data; the file holds one object, closed already"),
            ("is invalid within a JSON string", "a control character (such as a line break or tab) inside a text; write it as \\n or \\t"),
            ("is an invalid escapable character", "an unknown escape after a backslash in a text; write \\\\ for a backslash"),
        ];
        foreach (var (says, means) in plain)
        {
            if (message.Contains(says, StringComparison.Ordinal))
            {
                return means;
            }
        }

        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var m = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        m = m.Replace(" Change the reader options", "", StringComparison.Ordinal).TrimEnd('.');
        return m.Length == 0 ? "unreadable JSON" : char.ToLowerInvariant(m[0]) + m[1..];
    }
}
