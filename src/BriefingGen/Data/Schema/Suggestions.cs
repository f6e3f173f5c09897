namespace BriefingGen.Data.Schema;

/// <summary>Finds the known word a misspelt one was most likely meant to be.</summary>
internal static class Suggestions
{
    /// <summary>
    /// Most candidates looked at. A hint is worth a few milliseconds, not the time a schema with
    /// tens of thousands of names, asked once for every mistake in the data, would cost.
    /// </summary>
    private const int MaxCandidates = 500;

    /// <summary>The candidate within a small edit distance of <paramref name="word"/>, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        if (word.Length > 64)
        {
            return null;
        }

        var limit = Math.Max(1, word.Length / 3);
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Take(MaxCandidates))
        {
            // The distance is at least the difference in length: skip long candidates unread.
            if (Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// Edit distance counting a swap of two neighbouring letters as one edit (optimal string
    /// alignment): "mian" is one slip from "main", not two.
    /// </summary>
    private static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
