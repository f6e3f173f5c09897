using System.Globalization;
using System.Text;

namespace BriefingGen.Data;

/// <summary>
/// How paths are written: plain keys after a dot, everything else in brackets, odd keys as JSON
/// string literals so that any key, even one holding quotes, brackets or line breaks, survives a
/// write and a parse.
/// </summary>
internal static class DataPathSyntax
{
    /// <summary>
    /// True for keys written bare, <c>author.name</c>: a letter or underscore, then letters, digits or
    /// underscores. Keys starting with a digit are quoted so that they cannot be read as an index.
    /// </summary>
    public static bool IsPlainKey(string key)
    {
        if (key.Length == 0 || !(char.IsLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key as a JSON string literal, with control characters and unpaired surrogates escaped.</summary>
    public static string Quote(string key)
    {
        var sb = new StringBuilder(key.Length + 2).Append('"');
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' || IsLoneSurrogate(key, i))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Reads a path written by <see cref="DataPath.ToString"/>; null and a message when it is not one.</summary>
    public static DataPath? Parse(string text, out string? error)
    {
        error = null;
        var path = DataPath.Root;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                i++;
                if (i < text.Length && text[i] == '"')
                {
                    if (ReadQuoted(text, ref i, out error) is not { } key)
                    {
                        return null;
                    }

                    path = path.Append(key);
                }
                else
                {
                    var start = i;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }

                    var digits = text[start..i];
                    if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0')
                        || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        error = $"expected a list index or a quoted key after '[' at character {start + 1}";
                        return null;
                    }

                    path = path.Append(index);
                }

                if (i >= text.Length || text[i] != ']')
                {
                    error = $"expected ']' at character {i + 1}";
                    return null;
                }

                i++;
                continue;
            }

            // A bare key: at the start of the path, or after a dot.
            if (i > 0)
            {
                if (text[i] != '.')
                {
                    error = $"expected '.' or '[' at character {i + 1}";
                    return null;
                }

                i++;
            }

            var keyStart = i;
            while (i < text.Length && text[i] is not ('.' or '['))
            {
                i++;
            }

            var bare = text[keyStart..i];
            if (!IsPlainKey(bare))
            {
                error = $"expected a key at character {keyStart + 1}; write keys other than letters, digits and '_' as [\"key\"]";
                return null;
            }

            path = path.Append(bare);
        }

        return path;
    }

    private static string? ReadQuoted(string text, ref int i, out string? error)
    {
        error = null;
        var sb = new StringBuilder();
        var start = i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] != '\\')
            {
                sb.Append(text[i++]);
                continue;
            }

            if (++i >= text.Length)
            {
                break;
            }

            var escape = text[i++];
            switch (escape)
            {
                case '"' or '\\' or '/': sb.Append(escape); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u' when i + 4 <= text.Length
                    && ushort.TryParse(text.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default:
                    error = $"unknown escape '\\{escape}' at character {i}";
                    return null;
            }
        }

        if (i >= text.Length)
        {
            error = $"the quoted key starting at character {start + 1} is not closed";
            return null;
        }

        i++;
        return sb.ToString();
    }

    private static bool IsLoneSurrogate(string s, int i) =>
        (char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])))
        || (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1])));
}
