using BriefingGen.Data;

namespace BriefingGen.Tests.Data;

/// <summary>Makes edited copies of a data tree for diff tests; the original is never touched.</summary>
internal static class TreeEdit
{
    /// <summary>
    /// A copy of <paramref name="root"/> with the node at <paramref name="path"/> replaced by what
    /// <paramref name="edit"/> returns, or removed (from its map or list) when it returns null.
    /// </summary>
    public static DataNode Replace(DataNode root, DataPath path, Func<DataNode, DataNode?> edit) =>
        At(root, path.Segments, 0, edit) ?? throw new ArgumentException("the root cannot be removed", nameof(path));

    /// <summary>A copy with <paramref name="item"/> inserted into the list at <paramref name="listPath"/> before <paramref name="index"/>.</summary>
    public static DataNode Insert(DataNode root, DataPath listPath, int index, DataNode item) =>
        Replace(root, listPath, node =>
        {
            var items = ((DataList)node).Items.ToList();
            items.Insert(index, item);
            return new DataList(node.Location, items);
        });

    /// <summary>A copy with the map at <paramref name="mapPath"/> given a new last entry.</summary>
    public static DataNode Add(DataNode root, DataPath mapPath, string key, DataNode value) =>
        Replace(root, mapPath, node =>
        {
            var map = (DataMap)node;
            return new DataMap(map.Location, [.. map.Entries, new DataMapEntry(key, map.Location, value)]);
        });

    /// <summary>A copy with the list at <paramref name="listPath"/> reordered by <paramref name="order"/> (old indices in their new order).</summary>
    public static DataNode Reorder(DataNode root, DataPath listPath, params int[] order) =>
        Replace(root, listPath, node => new DataList(node.Location, order.Select(i => ((DataList)node).Items[i]).ToList()));

    /// <summary>A text scalar, as a reader would make it.</summary>
    public static DataScalar Text(string text) => new(Diagnostics.SourceLocation.OfFile("edit"), text, ScalarKind.String);

    /// <summary>A number scalar, as a reader would make it.</summary>
    public static DataScalar Number(string text) =>
        new(Diagnostics.SourceLocation.OfFile("edit"), text, long.TryParse(text, out _) ? ScalarKind.Integer : ScalarKind.Number);

    private static DataNode? At(DataNode node, IReadOnlyList<DataPathSegment> path, int depth, Func<DataNode, DataNode?> edit)
    {
        if (depth == path.Count)
        {
            return edit(node);
        }

        var segment = path[depth];
        switch (node)
        {
            case DataMap map when segment.Key is { } key:
                var entries = new List<DataMapEntry>();
                foreach (var entry in map.Entries)
                {
                    if (entry.Key != key)
                    {
                        entries.Add(entry);
                    }
                    else if (At(entry.Value, path, depth + 1, edit) is { } value)
                    {
                        entries.Add(entry with { Value = value });
                    }
                }

                return new DataMap(map.Location, entries);
            case DataList list when segment.Key is null:
                var items = new List<DataNode>();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i != segment.Index)
                    {
                        items.Add(list.Items[i]);
                    }
                    else if (At(list.Items[i], path, depth + 1, edit) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return new DataList(list.Location, items);
            default:
                throw new ArgumentException($"no node at step {depth + 1} of the path", nameof(path));
        }
    }
}
