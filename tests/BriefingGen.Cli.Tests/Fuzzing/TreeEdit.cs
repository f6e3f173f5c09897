using BriefingGen.Data;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// One change to a data tree at one place: the place's path (<c>risks[2].title</c>, or the empty
/// string for the root), what the change does to the node there (null removes it), and a line
/// saying what it did.
/// </summary>
/// <param name="Path">Where, in the tree the edit was made for.</param>
/// <param name="Apply">The node that replaces the one at <paramref name="Path"/>, or null to remove it.</param>
/// <param name="Description">What the edit does, for a reproducer.</param>
internal sealed record TreeEdit(string Path, Func<DataNode, DataNode?> Apply, string Description)
{
    /// <summary>
    /// <paramref name="root"/> with <paramref name="edits"/> made. Each place is rebuilt from the
    /// bottom up, so an edit to a list or map sees the edits already made inside it; paths name
    /// places in the tree as it was before any edit.
    /// </summary>
    public static DataNode? ApplyAll(DataNode root, IReadOnlyList<TreeEdit> edits)
    {
        var byPath = edits.ToLookup(e => e.Path, StringComparer.Ordinal);
        return Rebuild(root, "", byPath);
    }

    private static DataNode? Rebuild(DataNode node, string path, ILookup<string, TreeEdit> edits)
    {
        DataNode? rebuilt = node switch
        {
            DataMap map => new DataMap(map.Location, map.Entries
                .Select(e => (Entry: e, Value: Rebuild(e.Value, Child(path, e.Key), edits)))
                .Where(x => x.Value is not null)
                .Select(x => x.Entry with { Value = x.Value! })
                .ToList()),
            DataList list => new DataList(list.Location, list.Items
                .Select((item, i) => Rebuild(item, path + "[" + i + "]", edits))
                .OfType<DataNode>()
                .ToList()),
            _ => node,
        };
        foreach (var edit in edits[path])
        {
            rebuilt = rebuilt is null ? null : edit.Apply(rebuilt);
        }

        return rebuilt;
    }

    /// <summary>The path of the entry <paramref name="key"/> in the map at <paramref name="path"/>.</summary>
    public static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>Every place in <paramref name="root"/>: its path, its node, its key (the nearest map key above) and its depth.</summary>
    public static IEnumerable<(string Path, DataNode Node, string Key, int Depth)> Places(DataNode root)
    {
        var stack = new Stack<(string, DataNode, string, int)>();
        stack.Push(("", root, "", 0));
        while (stack.Count > 0)
        {
            var place = stack.Pop();
            yield return place;
            var (path, node, key, depth) = place;
            if (node is DataMap map)
            {
                foreach (var entry in map.Entries.Reverse())
                {
                    stack.Push((Child(path, entry.Key), entry.Value, entry.Key, depth + 1));
                }
            }
            else if (node is DataList list)
            {
                for (var i = list.Items.Count - 1; i >= 0; i--)
                {
                    stack.Push((path + "[" + i + "]", list.Items[i], key, depth + 1));
                }
            }
        }
    }
}
