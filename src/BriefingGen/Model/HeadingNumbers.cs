namespace BriefingGen.Model;

/// <summary>
/// The numbers ("2", "2.1", "2.1.3") that heading numbering gives headings of levels 1 to 3, in
/// document order across sections, including headings inside callouts and quotes. Both renderers
/// use it, so the outline, the table of contents and the headings agree.
/// </summary>
public static class HeadingNumbers
{
    /// <summary>Each numbered heading's number; an empty map when <paramref name="numbered"/> is false.</summary>
    public static IReadOnlyDictionary<Heading, string> For(IEnumerable<Block> blocks, bool numbered)
    {
        var result = new Dictionary<Heading, string>(ReferenceEqualityComparer.Instance);
        if (!numbered)
        {
            return result;
        }

        var counters = new int[3];
        foreach (var heading in ModelWalker.Headings(blocks).Where(h => h.Level <= 3))
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
