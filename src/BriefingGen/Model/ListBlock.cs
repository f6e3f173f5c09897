namespace BriefingGen.Model;

/// <summary>A bulleted or numbered list; items hold blocks, so lists nest.</summary>
/// <param name="Ordered">True for a numbered list.</param>
/// <param name="Items">The items, each a list of blocks.</param>
/// <param name="Start">The first number of an ordered list.</param>
public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items, int Start = 1) : Block
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Items;
}
