using BriefingGen.Model;

namespace BriefingGen.Markup;

/// <summary>A pipe table as written: the header cells, each column's alignment and dash count, and the rows' cells, all as Markdown text.</summary>
/// <param name="Header">The header row's cells.</param>
/// <param name="Alignments">Each column's alignment from the colons of the separator row, or null where it has none and the content decides.</param>
/// <param name="DashWidths">Each column's dash count in the separator row, which sets its share of the width.</param>
/// <param name="Rows">The body rows' cells.</param>
/// <param name="Line">The header's line in the composed text, one-based, for messages.</param>
internal sealed record PipeTable(IReadOnlyList<string> Header, IReadOnlyList<CellAlignment?> Alignments, IReadOnlyList<int> DashWidths, IReadOnlyList<IReadOnlyList<string>> Rows, int Line)
{
    /// <summary>What the template's <c>table_options</c> asked of this table, or null.</summary>
    public TableOptions? Options { get; init; }
}
