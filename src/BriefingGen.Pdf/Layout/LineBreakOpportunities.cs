namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Where a line may break, a simplified Unicode line-breaking algorithm (UAX #14) that covers
/// what briefs contain: after spaces, after hyphens, dashes and slashes inside words, at soft
/// hyphens, and between CJK ideographs; never after a no-break space. As typesetters do, a line
/// does not break inside a number range (2027–2032) or a number written in groups (+47 22 24 90
/// 90, 1 000 000), nor after a hyphen of a web or mail address, where the reader could not tell
/// the hyphen from one added by the break.
/// </summary>
internal static class LineBreakOpportunities
{
    private const string NoBreakSpaces = "\u00A0\u202F\u2007\u2060\uFEFF";
    private const string BreakAfter = "-\u2010\u2013\u2014/";
    private const string NoBreakBefore = "、。，．）」』】〕！？：；,.)!?:;]}%";

    /// <summary>For each index i, whether a line may start at i (index 0 and the end are never breaks).</summary>
    public static bool[] Find(string text)
    {
        var breaks = new bool[text.Length + 1];
        var wordStart = 0;
        var inAddress = false;
        for (var i = 1; i < text.Length; i++)
        {
            var before = text[i - 1];
            var at = text[i];
            if (IsSpace(before) || i == 1)
            {
                wordStart = IsSpace(before) ? i : 0;
                inAddress = IsAddress(text, wordStart);
            }

            if (IsSpace(at) || NoBreakSpaces.Contains(before) || NoBreakSpaces.Contains(at) || char.IsLowSurrogate(at))
            {
                continue;
            }

            breaks[i] = (IsSpace(before) && !JoinsDigitGroups(text, i))
                || before == '\u00AD'
                || (BreakAfter.Contains(before) && i >= 2 && char.IsLetterOrDigit(text[i - 2]) && char.IsLetterOrDigit(at)
                    && !(char.IsDigit(text[i - 2]) && char.IsDigit(at))
                    && !(inAddress && before != '/'))
                || ((IsIdeograph(before) || IsIdeograph(at)) && !NoBreakBefore.Contains(at) && !IsSpace(before));
        }

        return breaks;
    }

    /// <summary>
    /// True when the space before <paramref name="i"/> separates groups of one number: a digit
    /// before it, and two or three digits from <paramref name="i"/> that end the number.
    /// </summary>
    private static bool JoinsDigitGroups(string text, int i)
    {
        if (i < 2 || text[i - 1] != ' ' || !char.IsAsciiDigit(text[i - 2]))
        {
            return false;
        }

        var end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - i is 2 or 3 && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    /// <summary>True when the word starting at <paramref name="start"/> is a web or mail address.</summary>
    private static bool IsAddress(string text, int start)
    {
        var end = start;
        while (end < text.Length && !IsSpace(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A host and a path (regjeringen.no/en/…) or a mail address (post@ssb.no).
        var slash = word.IndexOfAny('/', '@');
        var dot = slash > 0 ? word[..slash].LastIndexOf('.') : -1;
        return (dot > 0 && dot < slash - 1 && char.IsLetter(word[dot + 1])) || (slash > 0 && word[slash] == '@' && word[slash..].Contains('.'));
    }

    /// <summary>Breakable white space: the ASCII space and tab and the ideographic space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';

    private static bool IsIdeograph(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');
}
