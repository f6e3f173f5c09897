using System.Text;
using BriefingGen.Markup;

namespace BriefingGen.Templates;

/// <summary>
/// Makes data safe to put into Markdown: every character that Markdown, or one of our extensions
/// (tables, attributes, containers), could read as syntax is backslash-escaped, which CommonMark
/// defines for all ASCII punctuation. Runs of ASCII white space, line breaks included, become one space,
/// so a value can never start a new block.
/// </summary>
internal static class MarkdownEscaper
{
    // Punctuation that is never syntax in our pipeline is left alone so the Markdown stays readable.
    private const string Harmless = ",;?'\"/%@$";

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

        return sb.ToString();
    }

    /// <summary>
    /// Prepares a field that holds Markdown by design: its own formatting stays, but it cannot open
    /// fenced blocks or containers (the syntax of our components), because lines that would are
    /// escaped.
    /// </summary>
    public static string SanitizeMarkdown(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal) || trimmed.StartsWith(":::", StringComparison.Ordinal))
            {
                lines[i] = new string(' ', lines[i].Length - trimmed.Length) + "\\" + trimmed;
            }
        }

        return string.Join('\n', lines).Trim('\n');
    }
}
