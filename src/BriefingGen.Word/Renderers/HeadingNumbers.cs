using BriefingGen.Model;

namespace BriefingGen.Word.Renderers;

/// <summary>The numbers ("2", "2.1") Word's heading numbering gives each heading of level 1 to 3.</summary>
internal static class HeadingNumbers
{
    /// <summary>Each numbered heading's number, or an empty map when headings are not numbered.</summary>
    public static IReadOnlyDictionary<Heading, string> For(IEnumerable<Block> blocks, bool numbered)
    {
        var result = new Dictionary<Heading, string>(ReferenceEqualityComparer.Instance);
        if (!numbered)
        {
            return result;
        }

        var counters = new int[3];
        foreach (var heading in BookmarkNames.Headings(blocks).Where(h => h.Level <= 3))
        {
            counters[heading.Level - 1]++;
            for (var deeper = heading.Level; deeper < 3; deeper++)
            {
                counters[deeper] = 0;
            }

            result[heading] = string.Join('.', counters.Take(heading.Level));
        }

        return result;
    }
}
