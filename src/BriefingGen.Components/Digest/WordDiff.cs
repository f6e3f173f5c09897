using System.Text.RegularExpressions;

namespace BriefingGen.Components.Digest;

/// <summary>
/// The words that changed between two texts, as a redline shows them: the longest run of words
/// both share stays, the rest is deleted or inserted. Words are compared with the space after
/// them, so the pieces joined again give each text back exactly.
/// </summary>
internal static partial class WordDiff
{
    /// <summary>Past this many words in either text, the texts are shown as one deletion and one insertion (the comparison grows with the product of the two lengths).</summary>
    public const int MaxWords = 3000;

    /// <summary>The pieces that turn <paramref name="before"/> into <paramref name="after"/>, in reading order, neighbours of one kind joined.</summary>
    public static IReadOnlyList<(WordChange Change, string Text)> Compare(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        var pieces = new List<(WordChange, string)>();
        if (a.Count > MaxWords || b.Count > MaxWords)
        {
            Add(pieces, WordChange.Deleted, before);
            Add(pieces, WordChange.Inserted, after);
            return pieces;
        }

        // Longest common subsequence from the end, so the walk below goes forward.
        var common = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                common[i, j] = Same(a[i], b[j]) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && Same(a[x], b[y]))
            {
                Add(pieces, WordChange.Kept, b[y]);
                x++;
                y++;
            }
            else if (x < a.Count && (y == b.Count || common[x + 1, y] >= common[x, y + 1]))
            {
                // Deletions before insertions, as a redline reads: "~~tolerates~~ accepts".
                Add(pieces, WordChange.Deleted, a[x++]);
            }
            else
            {
                Add(pieces, WordChange.Inserted, b[y++]);
            }
        }

        return pieces;
    }

    /// <summary>Each word with the spaces after it (leading spaces stay with the first).</summary>
    private static List<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    /// <summary>Words are the same when their letters are; the spaces after them may differ.</summary>
    private static bool Same(string a, string b) => a.TrimEnd() == b.TrimEnd();

    private static void Add(List<(WordChange Change, string Text)> pieces, WordChange change, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Change == change)
        {
            pieces[^1] = (change, pieces[^1].Text + text);
        }
        else
        {
            pieces.Add((change, text));
        }
    }

    [GeneratedRegex(@"\s*\S+\s*")]
    private static partial Regex WordPattern();
}
