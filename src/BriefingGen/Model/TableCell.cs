namespace BriefingGen.Model;

/// <summary>One table cell.</summary>
/// <param name="Blocks">The cell's content.</param>
/// <param name="Alignment">Horizontal alignment of the cell's text.</param>
/// <param name="Shade">A semantic shade such as <c>risk-high</c> that the theme turns into a colour, or null.</param>
public sealed record TableCell(IReadOnlyList<Block> Blocks, CellAlignment Alignment = CellAlignment.Left, string? Shade = null) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Blocks;
}
