using System.Globalization;

namespace BriefingGen.Data;

/// <summary>
/// One difference between two versions of a data tree, found by <see cref="DataDiff.Compare"/>.
/// A change inside a list item that moved carries both paths (<c>risks[0].likelihood</c> before,
/// <c>risks[2].likelihood</c> after); an added node has no before path, a removed one no after path.
/// </summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="BeforePath">Where the node was in the earlier tree; null when it was added.</param>
/// <param name="AfterPath">Where the node is in the later tree; null when it was removed.</param>
/// <param name="Before">The node in the earlier tree; null when it was added.</param>
/// <param name="After">The node in the later tree; null when it was removed.</param>
public sealed record DataChange(DataChangeKind Kind, DataPath? BeforePath, DataPath? AfterPath, DataNode? Before, DataNode? After)
{
    /// <summary>Longest value shown in <see cref="ToString"/> before it is cut short with an ellipsis.</summary>
    private const int MaxShown = 80;

    /// <summary>The path to name when one is enough: the later one, or for a removal the earlier one.</summary>
    public DataPath Path => AfterPath ?? BeforePath ?? DataPath.Root;

    /// <summary>
    /// The change in one line for people: <c>changed risks[1].likelihood: 3 → 4</c>,
    /// <c>added risks[6] (id: R7)</c>, <c>removed cooperation_areas[3] (name: Climate)</c>.
    /// Text that could be mistaken for a number, a boolean or empty is quoted, as YAML would write it.
    /// </summary>
    public override string ToString() => Kind switch
    {
        DataChangeKind.Added => "added " + Name(Path) + Summary(After),
        DataChangeKind.Removed => "removed " + Name(Path) + Summary(Before),
        _ => "changed " + Name(Path)
            + (BeforePath is not null && AfterPath is not null && BeforePath != AfterPath ? $" (was {Name(BeforePath)})" : "")
            + ": " + Show(Before) + " → " + Show(After),
    };

    /// <summary>The path, or a word for the root, whose path is empty.</summary>
    private static string Name(DataPath path) => path.IsRoot ? "(root)" : path.ToString();

    /// <summary>What an added or removed node was: its value if a scalar, its identity if a map has one.</summary>
    private static string Summary(DataNode? node) => node switch
    {
        DataScalar scalar => ": " + Show(scalar),
        DataMap map when Identity(map) is { } id => $" ({id.Key}: {Show(id.Value)})",
        _ => "",
    };

    private static string Show(DataNode? node) => node switch
    {
        null => "nothing",
        DataScalar { Kind: ScalarKind.String } s => Excerpt.Of(YamlText.Inline(s.Text), MaxShown),
        DataScalar s => Excerpt.Of(s.Kind == ScalarKind.Null ? "null" : s.Text, MaxShown),
        DataMap { Entries.Count: 0 } => "{}",
        DataList { Items.Count: 0 } => "[]",
        DataMap map when Identity(map) is { } id => $"a map ({id.Key}: {Show(id.Value)})",
        DataMap map => string.Create(CultureInfo.InvariantCulture, $"a map of {map.Entries.Count} {(map.Entries.Count == 1 ? "field" : "fields")}"),
        DataList list => string.Create(CultureInfo.InvariantCulture, $"a list of {list.Items.Count} {(list.Items.Count == 1 ? "item" : "items")}"),
        _ => node.Describe(),
    };

    private static DataMapEntry? Identity(DataMap map) =>
        DataDiff.IdentityKeys.Select(k => map.Entries.FirstOrDefault(e => e.Key == k && e.Value is DataScalar { Kind: not ScalarKind.Null }))
            .FirstOrDefault(e => e is not null);
}
