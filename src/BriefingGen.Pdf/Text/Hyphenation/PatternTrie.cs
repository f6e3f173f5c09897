namespace BriefingGen.Pdf.Text.Hyphenation;

/// <summary>
/// Liang's hyphenation patterns in a trie: one node per pattern prefix, transitions kept in one
/// hash table keyed by (node, letter), and each whole pattern's inter-letter values stored at its
/// last node. Matching walks the trie from each position of a word and stops at the first letter
/// no pattern continues with, so a word costs a few lookups per letter.
/// </summary>
internal sealed class PatternTrie
{
    private readonly Dictionary<long, int> _next;
    private readonly int[] _valuesAt;
    private readonly byte[] _values;

    /// <summary>Builds the trie from patterns in TeX notation (<c>.hy3ph</c>, <c>4te.</c>), lower-casing their letters as TeX does.</summary>
    public PatternTrie(IReadOnlyList<string> patterns, Typography.CultureCasing lower)
    {
        // Sized for the most nodes the patterns can make (one per letter), so the table of
        // transitions, built at a paper's first hyphenated word, never grows and rehashes.
        _next = new Dictionary<long, int>(patterns.Sum(p => p.Length));
        var valuesAt = new List<int> { -1 };
        var allValues = new List<byte>();
        Span<byte> values = stackalloc byte[64];
        foreach (var pattern in patterns)
        {
            if (pattern.Length >= values.Length)
            {
                throw new InvalidOperationException($"The hyphenation pattern '{pattern}' is longer than any TeX accepts.");
            }

            values.Clear();
            var node = 0;
            var letters = 0;
            foreach (var c in pattern)
            {
                if (char.IsAsciiDigit(c))
                {
                    values[letters] = (byte)(c - '0');
                }
                else
                {
                    node = Child(valuesAt, node, lower.ToLower(c));
                    letters++;
                }
            }

            Store(valuesAt, allValues, node, values[..(letters + 1)]);
            Count++;
        }

        _valuesAt = [.. valuesAt];
        _values = [.. allValues];
    }

    /// <summary>How many patterns were read.</summary>
    public int Count { get; }

    /// <summary>
    /// Raises <paramref name="levels"/> to the values of every pattern found in
    /// <paramref name="word"/>: <c>levels[k]</c> is the value between <c>word[k - 1]</c> and
    /// <c>word[k]</c>, so it needs one more element than the word. An odd level is a hyphen.
    /// </summary>
    public void Apply(ReadOnlySpan<char> word, Span<byte> levels)
    {
        for (var start = 0; start < word.Length; start++)
        {
            var node = 0;
            for (var j = start; j < word.Length && _next.TryGetValue(Key(node, word[j]), out node); j++)
            {
                var at = _valuesAt[node];
                if (at < 0)
                {
                    continue;
                }

                for (var k = 0; k <= j - start + 1; k++)
                {
                    if (_values[at + k] > levels[start + k])
                    {
                        levels[start + k] = _values[at + k];
                    }
                }
            }
        }
    }

    private static long Key(int node, char letter) => ((long)node << 16) | letter;

    private int Child(List<int> valuesAt, int node, char letter)
    {
        var key = Key(node, letter);
        if (!_next.TryGetValue(key, out var child))
        {
            child = valuesAt.Count;
            valuesAt.Add(-1);
            _next.Add(key, child);
        }

        return child;
    }

    private static void Store(List<int> valuesAt, List<byte> allValues, int node, ReadOnlySpan<byte> values)
    {
        // A repeated pattern replaces the earlier one; its node is at the same depth, so it has as many values.
        var at = valuesAt[node];
        if (at < 0)
        {
            valuesAt[node] = allValues.Count;
            foreach (var value in values)
            {
                allValues.Add(value);
            }
        }
        else
        {
            for (var k = 0; k < values.Length; k++)
            {
                allValues[at + k] = values[k];
            }
        }
    }
}
