using BriefingGen.Data;
using CsCheck;

namespace BriefingGen.Tests.Data;

/// <summary>
/// "Any tree survives": random trees written as YAML or JSON read back equal by value, and the diff
/// agrees with equality.
/// </summary>
public class DataPropertyTests
{
    private static readonly Gen<DataNode> Trees = DataTreeGen.Tree(4);

    [Fact]
    public void Any_tree_written_as_yaml_reads_back_equal()
    {
        Trees.Sample(tree =>
        {
            var yaml = YamlDataWriter.Write(tree);
            var back = DataLoader.Parse(yaml, "x.yaml");
            Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics) + "\n" + yaml);
            Assert.True(tree.Equals(back.Root), "read back differently:\n" + yaml);
            Assert.Equal(tree.GetHashCode(), back.Root!.GetHashCode());
            Assert.Empty(DataDiff.Compare(tree, back.Root));
            Assert.Equal(yaml, YamlDataWriter.Write(back.Root));
        }, iter: 3_000, print: Show);
    }

    [Fact]
    public void Any_tree_written_as_json_reads_back_equal()
    {
        Trees.Sample(tree =>
        {
            var json = JsonDataWriter.Write(tree);
            var back = DataLoader.Parse(json, "x.json");
            Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics) + "\n" + json);
            Assert.True(tree.Equals(back.Root), "read back differently:\n" + json);
            Assert.Equal(tree.GetHashCode(), back.Root!.GetHashCode());
            Assert.Empty(DataDiff.Compare(tree, back.Root));
        }, iter: 3_000, print: Show);
    }

    [Fact]
    public void Json_written_is_also_yaml_that_reads_back_equal()
    {
        Trees.Where(t => !HasLongKey(t)).Sample(tree =>
        {
            var back = DataLoader.Parse(JsonDataWriter.Write(tree), "x.yaml");
            Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics));
            Assert.True(tree.Equals(back.Root));
        }, iter: 1_000, print: Show);
    }

    [Fact]
    public void A_tree_compared_with_itself_has_no_changes()
    {
        Trees.Sample(tree => Assert.Empty(DataDiff.Compare(tree, tree)), iter: 1_000, print: Show);
    }

    [Fact]
    public void Compare_is_empty_exactly_when_the_trees_are_equal_apart_from_moved_identified_items()
    {
        Gen.Select(Trees, DataTreeGen.Scalar, DataTreeGen.Key, Gen.Int[0, 1_000_000]).Sample((tree, scalar, key, seed) =>
        {
            var (edited, movedIdentified) = Mutate(tree, scalar, key, new Random(seed));
            var changes = DataDiff.Compare(tree, edited);
            var equal = tree.Equals(edited);
            Assert.Equal(equal || movedIdentified, changes.Count == 0);
            if (equal)
            {
                Assert.Equal(tree.GetHashCode(), edited.GetHashCode());
            }
        }, iter: 5_000, print: t => Show(t.Item1));
    }

    /// <summary>
    /// One random edit somewhere in the tree: replace a node with a scalar, add or remove a map key,
    /// insert or remove a list item, or swap two list items. Says whether the edit was a swap in a
    /// list whose items are matched by identity, the one edit that changes equality but not the diff.
    /// </summary>
    private static (DataNode Edited, bool MovedIdentified) Mutate(DataNode tree, DataNode scalar, string key, Random random)
    {
        var nodes = new List<(DataPath Path, DataNode Node)>();
        Walk(tree, DataPath.Root, nodes);
        var (path, node) = nodes[random.Next(nodes.Count)];
        switch (random.Next(5), node)
        {
            case (1, DataMap map) when map[key] is null:
                return (TreeEdit.Add(tree, path, key, scalar), false);
            case (2, DataMap { Entries.Count: > 0 } map):
                return (TreeEdit.Replace(tree, path.Append(map.Entries[random.Next(map.Entries.Count)].Key), _ => null), false);
            case (3, DataList list):
                return (TreeEdit.Insert(tree, path, random.Next(list.Items.Count + 1), scalar), false);
            case (4, DataList { Items.Count: > 0 } list) when random.Next(2) == 0:
                return (TreeEdit.Replace(tree, path.Append(random.Next(list.Items.Count)), _ => null), false);
            case (4, DataList { Items.Count: > 1 } list):
                var order = Enumerable.Range(0, list.Items.Count).ToArray();
                var (i, j) = (random.Next(order.Length), random.Next(order.Length));
                (order[i], order[j]) = (order[j], order[i]);
                return (TreeEdit.Reorder(tree, path, order), IsIdentified(list));
            default:
                return (TreeEdit.Replace(tree, path, _ => scalar), false);
        }
    }

    /// <summary>The identity rule, restated independently of <see cref="DataDiff"/>.</summary>
    private static bool IsIdentified(DataList list) =>
        new[] { "id", "name", "title", "url" }.Any(key =>
            list.Items.All(i => i is DataMap m && m[key] is DataScalar { Kind: not ScalarKind.Null })
            && list.Items.Select(i => ((DataMap)i)[key]).Distinct().Count() == list.Items.Count);

    private static void Walk(DataNode node, DataPath path, List<(DataPath, DataNode)> nodes)
    {
        nodes.Add((path, node));
        switch (node)
        {
            case DataMap map:
                foreach (var entry in map.Entries)
                {
                    Walk(entry.Value, path.Append(entry.Key), nodes);
                }

                break;
            case DataList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Walk(list.Items[i], path.Append(i), nodes);
                }

                break;
        }
    }

    private static bool HasLongKey(DataNode node) => node switch
    {
        DataMap map => map.Entries.Any(e => e.Key.Length > 1_000 || HasLongKey(e.Value)),
        DataList list => list.Items.Any(HasLongKey),
        _ => false,
    };

    /// <summary>The tree as JSON with every character outside ASCII escaped, so a failure shows what is really there.</summary>
    private static string Show(DataNode tree) => System.Text.Json.JsonSerializer.Serialize(JsonDataWriter.Write(tree));
}
