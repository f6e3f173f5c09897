namespace BriefingGen.Word.Binding;

/// <summary>
/// Text in one format (plain, bold, italic, both, code) as Markdown that reads back as that text
/// in that format. Markdown's rules for emphasis decide where markers may stand: never inside the
/// spaces at either end, and never opening on punctuation right after a letter or closing on
/// punctuation right before one; such punctuation is written outside the emphasis, plain.
/// </summary>
internal static class MarkdownEmphasis
{
    /// <summary>
    /// Text in its format as Markdown, between <paramref name="before"/> and <paramref name="after"/>,
    /// the characters written next to it (a space at either end of a line).
    /// </summary>
    public static string Write(string text, RunStyleFlags format, bool lineStart, char before, char after)
    {
        if (format == RunStyleFlags.Code)
        {
            var fence = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
            var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
            return fence + pad + text + pad + fence;
        }

        var marker = format switch
        {
            RunStyleFlags.Bold | RunStyleFlags.Italic => "***",
            RunStyleFlags.Bold => "**",
            RunStyleFlags.Italic => "*",
            _ => "",
        };
        var core = text.Trim(' ');
        if (marker.Length == 0 || core.Length == 0)
        {
            return MarkdownText.Escape(text, lineStart);
        }

        // Emphasis cannot start or end with a space: the spaces go outside the markers.
        var leading = text[..(text.Length - text.TrimStart(' ').Length)];
        var trailing = text[text.TrimEnd(' ').Length..];

        // Nor can it open on punctuation right after a letter, or close on punctuation right before
        // one ("word**«quoted»**" is no emphasis in Markdown): that punctuation stays outside it, plain.
        var opensAfterWord = leading.Length == 0 && IsWordCharacter(before);
        var closesBeforeWord = trailing.Length == 0 && IsWordCharacter(after);
        var start = 0;
        while (opensAfterWord && start < core.Length && IsPunctuation(core[start]))
        {
            start++;
        }

        var end = core.Length;
        while (closesBeforeWord && end > start && IsPunctuation(core[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return MarkdownText.Escape(text, lineStart);
        }

        var outsideBefore = MarkdownText.Escape(leading + core[..start], lineStart);
        var inside = MarkdownText.Escape(core[start..end], lineStart && outsideBefore.Length == 0);
        return outsideBefore + marker + inside + marker + MarkdownText.Escape(core[end..], false) + trailing;
    }

    /// <summary>Punctuation as Markdown's emphasis rules count it: Unicode punctuation and symbols.</summary>
    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>A character next to which emphasis cannot open or close on punctuation: neither space nor punctuation.</summary>
    private static bool IsWordCharacter(char c) => !char.IsWhiteSpace(c) && !IsPunctuation(c);
}
