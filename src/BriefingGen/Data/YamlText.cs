using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Data;

/// <summary>
/// Decides how a piece of text must be written in YAML so that it reads back as the same text:
/// bare (plain) when nothing in it could be taken for syntax or for another kind of value, as a
/// literal block for ordinary multi-line prose, and double-quoted with escapes otherwise.
/// </summary>
internal static partial class YamlText
{
    /// <summary>YAML's indicator characters; a plain scalar may not start with any of them.</summary>
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>
    /// True when <paramref name="text"/> can be written bare and still read back as this text, by our
    /// reader and by YAML 1.1 readers (which take <c>yes</c>, <c>off</c> or <c>.inf</c> for other
    /// kinds). Dates stay bare: our reader and the policy packs treat them as text. A space before
    /// <c>*</c> is avoided too: YamlDotNet refuses a bare key such as <c>a *b: x</c>, valid as it is.
    /// </summary>
    public static bool IsPlainSafe(string text)
    {
        if (text.Length == 0
            || Indicators.Contains(text[0], StringComparison.Ordinal)
            || text[0] is ' ' || text[^1] is ' ' or ':'
            || text.StartsWith("...", StringComparison.Ordinal)
            || text.Contains(": ", StringComparison.Ordinal)
            || text.Contains(" #", StringComparison.Ordinal)
            || text.Contains(" *", StringComparison.Ordinal)
            || YamlDataReader.ResolvePlain(text) != ScalarKind.String
            || OtherReadersSpecial().IsMatch(text))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when multi-line <paramref name="text"/> can be written as a literal block (<c>|</c>): it
    /// holds only printable characters and <c>\n</c> line breaks (a <c>\r</c> would be lost, since YAML
    /// turns every line break into <c>\n</c>), and it starts with a visible character, so the block's
    /// indentation can be detected.
    /// </summary>
    public static bool IsLiteralSafe(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal) || text[0] is ' ' or '\t' or '\n')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n' && text[i] != '\t' && NeedsEscape(text, i))
            {
                return false;
            }
        }

        // A last line of only blanks is ambiguous with the blank lines that end a block.
        var lastLine = text[(text.LastIndexOf('\n') + 1)..];
        return lastLine.Length == 0 || lastLine.Trim(' ', '\t').Length > 0;
    }

    /// <summary>The text on one line: bare when that is safe, otherwise double-quoted.</summary>
    public static string Inline(string text) => IsPlainSafe(text) ? text : DoubleQuoted(text);

    /// <summary>
    /// The text double-quoted, with every character YAML would not keep as it is escaped (line
    /// breaks, tabs, control characters, the byte-order mark, YAML 1.1's extra line breaks
    /// U+0085, U+2028 and U+2029), so it always fits on one line.
    /// </summary>
    public static string DoubleQuoted(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\0': sb.Append("\\0"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\v': sb.Append("\\v"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case '\u001B': sb.Append("\\e"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (NeedsEscape(text, i))
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

    /// <summary>
    /// True when the character at <paramref name="i"/> is outside YAML's printable set (c-printable,
    /// YAML 1.2 §5.1), is a line break in YAML 1.1, or is a byte-order mark, which readers may drop.
    /// Tabs and line feeds count here too; callers that allow them check first.
    /// </summary>
    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';
    }

    /// <summary>Plain words that YAML 1.1 readers (PyYAML, older YamlDotNet schemas) give another meaning.</summary>
    [GeneratedRegex(@"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|<<|[-+]?0[xob][0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?)$")]
    private static partial Regex OtherReadersSpecial();
}
