namespace BriefingGen.Markup;

/// <summary>
/// A bound on the work Markdown asks of the parser. Markdig reads a link's target and title, and
/// an attribute block in braces, by looking ahead for their close; when none comes, the look runs
/// to the end of the paragraph, for every opening. Text of many unclosed openings (<c>[a](</c>
/// repeated, <c>{a=</c> repeated) therefore takes time growing with the square of its length:
/// 400 KB of them takes minutes. Each paragraph's openings times its length is counted, and the
/// text is refused before parsing when the sum passes what any real paper needs: a thousand-row
/// table with a link in every row costs about a third of it.
/// </summary>
internal static class MarkdownWorkload
{
    /// <summary>The most look-ahead (openings × paragraph length, summed) one Markdown text may ask; under half a second of parsing.</summary>
    public const long Budget = 200_000_000;

    /// <summary>The openings and characters of the costliest paragraph when <paramref name="markdown"/> asks more than <see cref="Budget"/>; null when it does not.</summary>
    public static (int Openings, int Length)? Exceeds(string markdown)
    {
        long total = 0;
        (int Openings, int Length) worst = (0, 0);
        var start = 0;
        var openings = 0;
        for (var i = 0; i <= markdown.Length; i++)
        {
            var end = i == markdown.Length || (markdown[i] == '\n' && IsBlankLineAfter(markdown, i));
            if (end)
            {
                var length = i - start;
                total += (long)openings * length;
                if ((long)openings * length > (long)worst.Openings * worst.Length)
                {
                    worst = (openings, length);
                }

                (start, openings) = (i + 1, 0);
                continue;
            }

            if (markdown[i] == '{' || (markdown[i] == '(' && i > 0 && markdown[i - 1] == ']'))
            {
                openings++;
            }
        }

        return total > Budget ? worst : null;
    }

    /// <summary>True when the line after the line break at <paramref name="at"/> holds only spaces and tabs: a paragraph ends there.</summary>
    private static bool IsBlankLineAfter(string text, int at)
    {
        for (var i = at + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case ' ' or '\t' or '\r':
                    continue;
                case '\n':
                    return true;
                default:
                    return false;
            }
        }

        return true;
    }
}
