using BriefingGen.Data;

namespace BriefingGen.Word.Reading;

/// <summary>
/// Puts new values into a data tree: only the maps and lists on the way to an edited value are
/// made anew, so every value that was not edited is the very node that was read, exactly as written.
/// </summary>
internal static class DataEdits
{
    /// <summary>The tree with each value at a path of <paramref name="edits"/> replaced.</summary>
    public static DataNode Apply(DataNode root, IReadOnlyDictionary<DataPath, DataNode> edits)
    {
        if (edits.Count == 0)
        {
            return root;
        }

        var byFirst = edits.Where(e => !e.Key.IsRoot).ToList();
        return Rebuild(root, byFirst.Select(e => (e.Key.Segments, 0, e.Value)).ToList());
    }

    private static DataNode Rebuild(DataNode node, List<(IReadOnlyList<DataPathSegment> Segments, int Depth, DataNode Value)> edits)
    {
        if (edits.Find(e => e.Segments.Count == e.Depth) is { Value: { } replacement })
        {
            return replacement;
        }

        var groups = edits.GroupBy(e => e.Segments[e.Depth]).ToDictionary(g => g.Key, g => g.Select(e => (e.Segments, e.Depth + 1, e.Value)).ToList());
        switch (node)
        {
            case DataMap map:
                return new DataMap(map.Location, map.Entries.Select(entry =>
                    groups.TryGetValue(DataPathSegment.OfKey(entry.Key), out var inner) ? entry with { Value = Rebuild(entry.Value, inner) } : entry).ToList());
            case DataList list:
                return new DataList(list.Location, list.Items.Select((item, i) =>
                    groups.TryGetValue(DataPathSegment.OfIndex(i), out var inner) ? Rebuild(item, inner) : item).ToList());
            default:
                return node;
        }
    }
}
