using System.Text;

namespace BriefingGen.Word.Binding;

/// <summary>
/// Escapes text read from Word so Markdown reads it back as the same text: characters that are
/// syntax anywhere (emphasis, code, links, footnotes, tables) always, and those that are syntax
/// only at the start of a line (headings, lists, quotes) there.
/// </summary>
internal static class MarkdownText
{
    private const string Always = "\\`*_[]<>|&~^!";
    private const string AtLineStart = "#+-=>";

    /// <summary>The escaped text; <paramref name="lineStart"/> when it begins a line.</summary>
    public static string Escape(string text, bool lineStart)
    {
        var sb = new StringBuilder(text.Length + 4);
        var start = lineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Always.Contains(c, StringComparison.Ordinal) || (start && AtLineStart.Contains(c, StringComparison.Ordinal)))
            {
                sb.Append('\\');
            }
            else if (start && char.IsAsciiDigit(c))
            {
                // "1. " at a line's start would be a list: escape the dot or bracket after the digits.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                sb.Append(text, i, end - i);
                if (end < text.Length && text[end] is '.' or ')')
                {
                    sb.Append('\\');
                }

                i = end - 1;
                start = false;
                continue;
            }

            sb.Append(c);
            if (c is not (' ' or '\t'))
            {
                start = false;
            }
        }

        return sb.ToString();
    }
}
