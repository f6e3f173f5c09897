namespace BriefingGen.Model;

/// <summary>A table with header rows that repeat on each page.</summary>
/// <param name="ColumnWidths">Each column's share of the table width; they add up to 1.</param>
/// <param name="HeaderRows">Rows repeated at the top of every page the table spans.</param>
/// <param name="BodyRows">The data rows.</param>
/// <param name="Caption">A caption, or null.</param>
public sealed record Table(
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> BodyRows,
    IReadOnlyList<Inline>? Caption = null) : Block
{
    /// <summary>A short title for screen readers (Word's alternative-text title), or null for none.</summary>
    public string? Title { get; init; }

    /// <summary>A short description of what the table holds, for screen readers; null for none.</summary>
    public string? Summary { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [.. HeaderRows, .. BodyRows, .. Caption ?? []];
}
