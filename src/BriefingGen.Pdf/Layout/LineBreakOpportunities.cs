namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Where a line may break, a simplified Unicode line-breaking algorithm (UAX #14) that covers
/// what briefs contain: after spaces, after hyphens, dashes and slashes inside words, at soft
/// hyphens, and between CJK ideographs; never after a no-break space.
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
        for (var i = 1; i < text.Length; i++)
        {
            var before = text[i - 1];
            var at = text[i];
            if (IsSpace(at) || NoBreakSpaces.Contains(before) || NoBreakSpaces.Contains(at) || char.IsLowSurrogate(at))
            {
                continue;
            }

            breaks[i] = IsSpace(before)
                || before == '\u00AD'
                || (BreakAfter.Contains(before) && i >= 2 && char.IsLetterOrDigit(text[i - 2]) && char.IsLetterOrDigit(at))
                || ((IsIdeograph(before) || IsIdeograph(at)) && !NoBreakBefore.Contains(at) && !IsSpace(before));
        }

        return breaks;
    }

    /// <summary>Breakable white space: the ASCII space and tab and the ideographic space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';

    private static bool IsIdeograph(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');
}
