namespace BriefingGen.Data;

/// <summary>
/// Finds what changed between two versions of a data tree, for change summaries and for telling
/// whether a paper needs rendering again. Rules:
/// <list type="bullet">
/// <item>Maps are compared key by key; a key only in one version is one Added or Removed.</item>
/// <item>A scalar replaced by a different value, or any node replaced by one of another shape
/// (text by a map, a list by a scalar), is one Changed at that path. Numbers, booleans and nulls
/// compare by value, as <see cref="DataScalar.Equals(DataScalar?)"/> does.</item>
/// <item>Lists of maps are matched by identity when every item of both lists is a map holding a
/// unique, non-null scalar under the same key, tried in the order <c>id</c>, <c>name</c>,
/// <c>title</c>, <c>url</c>. An item that only moved is no change; fields that changed in a matched
/// item are reported under its path. Renaming an item changes its identity, so it is reported as
/// the old item removed and a new one added. One item without the key, or two with the same
/// value, and the list is compared by index instead.</item>
/// <item>Every other list is compared by index, so inserting an item near the front reports each
/// later item as changed and the last one as added.</item>
/// <item>Items not matched are Added or Removed whole, not field by field.</item>
/// </list>
/// Changes come in the later tree's document order; a removed node is placed where it stood, just
/// after the change for the node that preceded it. <c>Compare(a, b)</c> is empty exactly when
/// <c>a.Equals(b)</c>, except that items of identity-matched lists may have moved.
/// </summary>
public static class DataDiff
{
    /// <summary>The keys that may identify the items of a list of maps, in the order they are tried.</summary>
    internal static readonly string[] IdentityKeys = ["id", "name", "title", "url"];

    /// <summary>The changes that turn <paramref name="before"/> into <paramref name="after"/>, in document order.</summary>
    public static IReadOnlyList<DataChange> Compare(DataNode before, DataNode after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<DataChange>();
        CompareNodes(before, DataPath.Root, after, DataPath.Root, changes);
        return changes;
    }

    private static void CompareNodes(DataNode before, DataPath beforePath, DataNode after, DataPath afterPath, List<DataChange> changes)
    {
        if (ReferenceEquals(before, after))
        {
            return;
        }

        switch (before, after)
        {
            case (DataMap b, DataMap a):
                CompareMaps(b, beforePath, a, afterPath, changes);
                break;
            case (DataList b, DataList a):
                CompareLists(b, beforePath, a, afterPath, changes);
                break;
            default:
                if (!before.Equals(after))
                {
                    changes.Add(new DataChange(DataChangeKind.Changed, beforePath, afterPath, before, after));
                }

                break;
        }
    }

    private static void CompareMaps(DataMap before, DataPath beforePath, DataMap after, DataPath afterPath, List<DataChange> changes)
    {
        var index = new Dictionary<string, int>(before.Entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < before.Entries.Count; i++)
        {
            index[before.Entries[i].Key] = i;
        }

        var matches = after.Entries.Select(e => index.TryGetValue(e.Key, out var b) ? b : -1).ToArray();
        Merge(before.Entries.Count, matches, changes,
            removed: i => Removed(beforePath.Append(before.Entries[i].Key), before.Entries[i].Value),
            added: i => Added(afterPath.Append(after.Entries[i].Key), after.Entries[i].Value),
            matched: (b, a) => CompareNodes(before.Entries[b].Value, beforePath.Append(before.Entries[b].Key), after.Entries[a].Value, afterPath.Append(after.Entries[a].Key), changes));
    }

    private static void CompareLists(DataList before, DataPath beforePath, DataList after, DataPath afterPath, List<DataChange> changes)
    {
        var matches = IdentityKeys.Select(key => MatchByIdentity(before, after, key)).FirstOrDefault(m => m is not null)
            ?? Enumerable.Range(0, after.Items.Count).Select(i => i < before.Items.Count ? i : -1).ToArray();
        Merge(before.Items.Count, matches, changes,
            removed: i => Removed(beforePath.Append(i), before.Items[i]),
            added: i => Added(afterPath.Append(i), after.Items[i]),
            matched: (b, a) => CompareNodes(before.Items[b], beforePath.Append(b), after.Items[a], afterPath.Append(a), changes));
    }

    /// <summary>
    /// For each item of <paramref name="after"/>, the index of the item of <paramref name="before"/>
    /// with the same value under <paramref name="key"/> (-1 for none), or null when the key does not
    /// identify every item of both lists.
    /// </summary>
    private static int[]? MatchByIdentity(DataList before, DataList after, string key)
    {
        if (Identities(before, key) is not { } beforeIds || Identities(after, key) is not { } afterIds)
        {
            return null;
        }

        var index = new Dictionary<DataScalar, int>(beforeIds.Length);
        for (var i = 0; i < beforeIds.Length; i++)
        {
            index.Add(beforeIds[i], i);
        }

        return afterIds.Select(id => index.TryGetValue(id, out var b) ? b : -1).ToArray();
    }

    /// <summary>Each item's identity under <paramref name="key"/>, in order, or null when an item has none or shares one.</summary>
    private static DataScalar[]? Identities(DataList list, string key)
    {
        var ids = new DataScalar[list.Items.Count];
        var seen = new HashSet<DataScalar>(list.Items.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            if (list.Items[i] is not DataMap map || map[key] is not DataScalar { Kind: not ScalarKind.Null } id || !seen.Add(id))
            {
                return null;
            }

            ids[i] = id;
        }

        return ids;
    }

    /// <summary>
    /// Walks the later sequence in order, reporting each matched pair, each added item, and after
    /// each matched item the earlier items that were removed right after it (those removed before
    /// any matched item come first).
    /// </summary>
    private static void Merge(int beforeCount, int[] matches, List<DataChange> changes, Func<int, DataChange> removed, Func<int, DataChange> added, Action<int, int> matched)
    {
        var kept = new bool[beforeCount];
        foreach (var b in matches)
        {
            if (b >= 0)
            {
                kept[b] = true;
            }
        }

        void RemovedAfter(int b)
        {
            for (var i = b + 1; i < beforeCount && !kept[i]; i++)
            {
                changes.Add(removed(i));
            }
        }

        RemovedAfter(-1);
        for (var a = 0; a < matches.Length; a++)
        {
            if (matches[a] < 0)
            {
                changes.Add(added(a));
                continue;
            }

            matched(matches[a], a);
            RemovedAfter(matches[a]);
        }
    }

    private static DataChange Added(DataPath path, DataNode node) => new(DataChangeKind.Added, null, path, null, node);

    private static DataChange Removed(DataPath path, DataNode node) => new(DataChangeKind.Removed, path, null, node, null);
}
