using BriefingGen.Data;

namespace BriefingGen.Styling;

/// <summary>
/// Lays a brand kit's <c>theme.yaml</c> over a pack's, key by key, before either is read: maps merge
/// recursively, and a list or a single value in the kit replaces the pack's. A kit that sets only
/// <c>colors.heading</c> and <c>fonts.body</c> keeps the rest of the pack's theme. Every node keeps
/// its own file position, so a mistake in the kit's file is reported at the kit's line.
/// </summary>
internal static class ThemeMerge
{
    /// <summary><paramref name="over"/> merged onto <paramref name="under"/>.</summary>
    public static DataMap Merge(DataMap under, DataMap over)
    {
        var entries = new List<DataMapEntry>(under.Entries.Count + over.Entries.Count);
        foreach (var entry in under.Entries)
        {
            entries.Add(over.TryGet(entry.Key, out var replacement) && !IsEmpty(replacement)
                ? new DataMapEntry(entry.Key, over.Entries.First(e => e.Key == entry.Key).KeyLocation, Combine(entry.Value, replacement))
                : entry);
        }

        entries.AddRange(over.Entries.Where(e => under[e.Key] is null));
        return new DataMap(under.Location, entries);
    }

    private static DataNode Combine(DataNode under, DataNode over) =>
        under is DataMap a && over is DataMap b ? Merge(a, b) : over;

    /// <summary>A key written with no value reads as not given, as in any settings file, so it keeps the pack's value.</summary>
    private static bool IsEmpty(DataNode node) => node is DataScalar { Kind: ScalarKind.Null };
}
