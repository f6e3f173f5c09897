namespace BriefingGen.Model;

/// <summary>One item of a list.</summary>
/// <param name="Blocks">The item's content.</param>
public sealed record ListItem(IReadOnlyList<Block> Blocks) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Blocks;
}
