namespace BriefingGen.Model;

/// <summary>One row of a table.</summary>
/// <param name="Cells">The row's cells, one per column.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Cells;
}
