using System.Text;
using BriefingGen.Markup;

namespace BriefingGen.Compose;

/// <summary>
/// Makes data safe to put into Markdown: every character that Markdown, or one of our extensions
/// (tables, attributes, containers), could read as syntax is backslash-escaped, which CommonMark
/// defines for all ASCII punctuation. Runs of ASCII white space, line breaks included, become one space,
/// so a value can never start a new block.
/// </summary>
internal static class MarkdownEscaper
{
    // Punctuation that is never syntax in our pipeline is left alone so the Markdown stays readable.
    private const string Harmless = ",;?'\"/%@$.:";

    /// <summary>Escapes plain text for use inside a Markdown paragraph, heading or table cell.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        foreach (var c in text)
        {
            // Only the white space Markdown itself reads is folded; no-break and other Unicode
            // spaces are content (a Norwegian number's thousands separator is one).
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            // Other white space is kept, as a character reference: Markdown trims it from the
            // ends of table cells and paragraphs, where it would otherwise be lost.
            if (char.IsWhiteSpace(c))
            {
                sb.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                continue;
            }

            if (CommonMark.IsAsciiPunctuation(c) && !Harmless.Contains(c))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        // "1." or "1)" would start a numbered list, and ":::" a container, at the start of a line.
        var start = 0;
        while (start < sb.Length && char.IsAsciiDigit(sb[start]))
        {
            start++;
        }

        if (start < sb.Length && (sb[start] == ':' && start == 0 || sb[start] == '.' && start > 0))
        {
            sb.Insert(start, '\\');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Escapes a piece of a line for writing Markdown back out: like <see cref="Escape"/>, but the
    /// spaces at its ends stay, since the piece sits between others (bold text, a link) in the line.
    /// </summary>
    public static string EscapeInline(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var escaped = Escape(text);
        var lead = IsAsciiSpace(text[0]) ? " " : "";
        var trail = IsAsciiSpace(text[^1]) ? " " : "";
        return escaped.Length == 0 ? (lead + trail).Length > 0 ? " " : "" : lead + escaped + trail;
    }

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
}
