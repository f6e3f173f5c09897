using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingGen.Data;

/// <summary>
/// Reads YAML into a <see cref="DataNode"/> tree from the parser's event stream, so that every node
/// keeps its position, duplicate keys are caught, and aliases are counted against the limits
/// before they can multiply.
/// </summary>
internal sealed partial class YamlDataReader
{
    /// <summary>The key that merges other maps into its own (YAML 1.1's merge key type), when written plain.</summary>
    private const string MergeKey = "<<";

    private readonly string _file;
    private readonly DataLimits _limits;
    private readonly Dictionary<string, DataNode> _anchors = new(StringComparer.Ordinal);
    private long _weight;
    private int _aliases;
    private int _depth;
    private Mark _last = Mark.Empty;

    private readonly string _text;

    private YamlDataReader(string file, DataLimits limits, string text)
    {
        _file = file;
        _limits = limits;
        _text = text;
    }

    /// <summary>Reads one YAML document from <paramref name="text"/>.</summary>
    /// <param name="text">The file's contents.</param>
    /// <param name="file">The file's name for messages.</param>
    /// <param name="limits">Size, depth and alias limits.</param>
    public static DataReadResult Read(string text, string file, DataLimits limits)
    {
        text = YamlLineSeparators.Hide(text);
        var reader = new YamlDataReader(file, limits, text);
        try
        {
            return new DataReadResult(reader.ReadStream(new Parser(new StringReader(text))), []);
        }
        catch (DataFormatException e)
        {
            return DataReadResult.Failed(e.Location, e.Message);
        }
        catch (YamlException e) when ((e.Message.Contains("tab character", StringComparison.Ordinal) || e.Message.Contains("invalid tab", StringComparison.Ordinal)) && FirstTabIndent(text) is { } line)
        {
            // The scanner blames the scalar before the tab; the line that the tab indents is the one to fix.
            return DataReadResult.Failed(new SourceLocation(file, line, 1), "YAML syntax error: this line is indented with a tab; YAML indents with spaces only");
        }
        catch (YamlException e)
        {
            return DataReadResult.Failed(reader.At(e.Start), "YAML syntax error: " + ParserMessages.Clip(CleanMessage(e.Message)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow
            // collections; the last node read is the best place to point at.
            return DataReadResult.Failed(reader.At(reader._last), "YAML syntax error: an unclosed [ ] or { } collection, or text the YAML scanner cannot read, after this point");
        }
    }

    private DataNode ReadStream(Parser parser)
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            throw new DataFormatException(SourceLocation.OfFile(_file), "the file is empty; expected a map of fields such as 'title:'");
        }

        parser.Consume<DocumentStart>();
        var root = ReadNode(parser);
        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart next)
        {
            throw new DataFormatException(At(next.Start), "the file holds more than one YAML document ('---'); expected one");
        }

        return root;
    }

    private DataNode ReadNode(Parser parser)
    {
        _last = parser.Current?.Start ?? _last;
        switch (parser.Current)
        {
            case Scalar scalar:
                parser.MoveNext();
                var at = At(scalar.Start);
                return Remember(scalar.Anchor, Count(new DataScalar(at, YamlLineSeparators.Restore(scalar.Value), Resolve(scalar, at)) { BlockTextStart = BlockTextStart(scalar) }));
            case AnchorAlias alias:
                parser.MoveNext();
                return Expand(alias);
            case SequenceStart start:
                RefuseTag(start.Tag, "seq", At(start.Start));
                parser.MoveNext();
                return Remember(start.Anchor, ReadSequence(parser, start));
            case MappingStart start:
                RefuseTag(start.Tag, "map", At(start.Start));
                parser.MoveNext();
                return Remember(start.Anchor, ReadMapping(parser, start));
            default:
                var e = parser.Current!;
                throw new DataFormatException(At(e.Start), $"unexpected {e.GetType().Name} in the YAML stream");
        }
    }

    private DataList ReadSequence(Parser parser, SequenceStart start)
    {
        Enter(start.Start);
        var items = new List<DataNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(parser));
        }

        _depth--;
        return Count(new DataList(At(start.Start), items));
    }

    private DataMap ReadMapping(Parser parser, MappingStart start)
    {
        Enter(start.Start);
        var entries = new List<DataMapEntry>();
        var merged = new List<DataMapEntry>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Current is not Scalar key)
            {
                throw new DataFormatException(At(parser.Current!.Start), "a key must be plain text, not a list, map or alias");
            }

            parser.MoveNext();
            var keyLocation = At(key.Start);
            if (key is { Style: ScalarStyle.Plain, Value: MergeKey })
            {
                if (seen.TryGetValue(MergeKey, out var firstMerge))
                {
                    throw new DataFormatException(keyLocation, $"duplicate merge key '{MergeKey}' (first given at line {firstMerge.Line}); merge several maps with one key and a list: <<: [*a, *b]");
                }

                seen.Add(MergeKey, keyLocation);
                merged.AddRange(MergedEntries(ReadNode(parser), keyLocation));
                continue;
            }

            var name = YamlLineSeparators.Restore(key.Value);
            if (seen.TryGetValue(name, out var first))
            {
                throw new DataFormatException(keyLocation, $"duplicate key '{name}' (first given at line {first.Line}); each key may appear once");
            }

            seen.Add(name, keyLocation);
            entries.Add(new DataMapEntry(name, keyLocation, ReadNode(parser)));
        }

        // Keys written in the map win over merged ones, and of the merged, the first map's.
        seen.Remove(MergeKey);
        foreach (var entry in merged)
        {
            if (seen.TryAdd(entry.Key, entry.KeyLocation))
            {
                entries.Add(entry);
            }
        }

        _depth--;
        return Count(new DataMap(At(start.Start), entries));
    }

    /// <summary>
    /// The entries a merge key (<c>&lt;&lt;: *defaults</c> or <c>&lt;&lt;: [*a, *b]</c>) brings
    /// into its map, as YAML 1.1 defines it: the value is a map, or a list of maps.
    /// </summary>
    private static IEnumerable<DataMapEntry> MergedEntries(DataNode value, SourceLocation at) => value switch
    {
        DataMap map => map.Entries,
        DataList list when list.Items.All(item => item is DataMap) => list.Items.SelectMany(item => ((DataMap)item).Entries),
        _ => throw new DataFormatException(at, $"a merge key '{MergeKey}' takes a map or a list of maps (usually aliases such as *defaults), got {value.Describe()}"),
    };

    private void Enter(Mark mark)
    {
        if (++_depth > _limits.MaxDepth)
        {
            throw new DataFormatException(At(mark), $"the data is nested more than {_limits.MaxDepth} levels deep");
        }
    }

    private DataNode Expand(AnchorAlias alias)
    {
        if (++_aliases > _limits.MaxAliases)
        {
            throw new DataFormatException(At(alias.Start), $"more than {_limits.MaxAliases} aliases ('*name') in one file");
        }

        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            throw new DataFormatException(At(alias.Start), $"alias '*{alias.Value}' names no anchor defined before it");
        }

        // The node is shared, not copied, so memory stays flat; its weight still counts in full
        // because a template walking the tree would visit every expansion.
        AddWeight(target.Weight, At(alias.Start));
        return target;
    }

    private T Count<T>(T node)
        where T : DataNode
    {
        AddWeight(1, node.Location);
        return node;
    }

    /// <summary>Counts values against the limit; the one that passes it is where the message points.</summary>
    private void AddWeight(long weight, SourceLocation location)
    {
        _weight += weight;
        if (_weight > _limits.MaxNodes)
        {
            throw new DataFormatException(location, $"the data expands to more than {_limits.MaxNodes:N0} values (too many aliases or entries)");
        }
    }

    private DataNode Remember(AnchorName anchor, DataNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private SourceLocation At(Mark mark) => new(_file, (int)mark.Line, (int)mark.Column);

    /// <summary>
    /// Where a value's text stands in the file as it is written, so a message about Markdown in the
    /// value can name its line and column: a literal block's text (<c>|</c>) starts on the line after
    /// its indicator, at the column of its indentation, which its first line that is not blank sets,
    /// and each later line of the value is the next line of the file; a value on one line, plain or
    /// quoted without escapes, starts at its first character. Null for a value whose text the file
    /// spells differently: folded, spread over lines, or with escapes.
    /// </summary>
    private SourceLocation? BlockTextStart(Scalar scalar)
    {
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted && scalar.Start.Line == scalar.End.Line)
        {
            var quote = scalar.Style == ScalarStyle.Plain ? 0 : 1;
            var start = (int)scalar.Start.Index + quote;
            var verbatim = start + scalar.Value.Length <= _text.Length && _text.AsSpan(start, scalar.Value.Length).SequenceEqual(scalar.Value);
            return verbatim ? new SourceLocation(_file, (int)scalar.Start.Line, (int)scalar.Start.Column + quote) : null;
        }

        if (scalar.Style != ScalarStyle.Literal)
        {
            return null;
        }

        var lineStart = _text.IndexOf('\n', (int)Math.Min(scalar.Start.Index, _text.Length)) + 1;
        if (lineStart <= 0)
        {
            return null;
        }

        for (var at = lineStart; at < _text.Length;)
        {
            var indent = 0;
            while (at + indent < _text.Length && _text[at + indent] == ' ')
            {
                indent++;
            }

            if (at + indent < _text.Length && _text[at + indent] is not ('\n' or '\r'))
            {
                return new SourceLocation(_file, (int)scalar.Start.Line + 1, indent + 1);
            }

            var next = _text.IndexOf('\n', at);
            at = next < 0 ? _text.Length : next + 1;
        }

        return null;
    }

    /// <summary>
    /// What a scalar means: quoted or tagged <c>!!str</c>, text; plain, as the core schema reads it. A
    /// core tag (<c>!!int</c>, <c>!!float</c>, <c>!!bool</c>, <c>!!null</c>) must agree with the value;
    /// any other tag (<c>!!binary</c>, <c>!!python/object</c>, <c>!custom</c>) is refused, since
    /// the data would silently mean something other than it says.
    /// </summary>
    private static ScalarKind Resolve(Scalar scalar, SourceLocation at)
    {
        if (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific)
        {
            return scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty ? ResolvePlain(scalar.Value) : ScalarKind.String;
        }

        var kind = ResolvePlain(scalar.Value);
        var (expected, fits) = ShortTag(scalar.Tag) switch
        {
            "!!str" => ("text", true),
            "!!int" => ("a whole number", kind == ScalarKind.Integer),
            "!!float" => ("a number", kind is ScalarKind.Integer or ScalarKind.Number),
            "!!bool" => ("true or false", kind == ScalarKind.Boolean),
            "!!null" => ("null", kind == ScalarKind.Null),
            var other => throw UnsupportedTag(other, at),
        };
        if (!fits)
        {
            throw new DataFormatException(at, $"the value is tagged {ShortTag(scalar.Tag)} but \"{scalar.Value}\" is not {expected}");
        }

        return ShortTag(scalar.Tag) == "!!str" ? ScalarKind.String : kind;
    }

    /// <summary>Refuses a tag on a list or map other than its own (<c>!!seq</c>, <c>!!map</c>).</summary>
    private static void RefuseTag(TagName tag, string own, SourceLocation at)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific && ShortTag(tag) != "!!" + own)
        {
            throw UnsupportedTag(ShortTag(tag), at);
        }
    }

    private static DataFormatException UnsupportedTag(string tag, SourceLocation at) =>
        new(at, $"the YAML tag '{tag}' is not supported; data holds text, numbers, true or false, lists and maps, written plainly (quote a value to keep it as text)");

    /// <summary>A tag as it is usually written: <c>!!binary</c> for YAML's own, else as given.</summary>
    private static string ShortTag(TagName tag) =>
        tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag.Value["tag:yaml.org,2002:".Length..] : tag.Value;

    /// <summary>What a plain (unquoted) scalar means under YAML 1.2's core schema, as this reader decides it.</summary>
    internal static ScalarKind ResolvePlain(string v)
    {
        return v switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            _ when IntegerPattern().IsMatch(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => ScalarKind.Integer,
            _ when NumberPattern().IsMatch(v) => ScalarKind.Number,
            _ => ScalarKind.String,
        };
    }

    /// <summary>YamlDotNet repeats the position in its messages; we print our own.</summary>
    /// <summary>The 1-based number of the first line whose indentation holds a tab, or null.</summary>
    private static int? FirstTabIndent(string text)
    {
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (line.AsSpan(0, indent).Contains('\t'))
            {
                return number;
            }
        }

        return null;
    }

    private static string CleanMessage(string message)
    {
        var m = PositionPrefix().Replace(message, "").Trim().TrimEnd('.');
        return m.Length == 0 ? "unreadable YAML" : char.ToLowerInvariant(m[0]) + m[1..];
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
