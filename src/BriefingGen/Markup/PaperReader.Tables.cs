using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Markdig.Syntax;
using Block = BriefingGen.Model.Block;
using Inline = BriefingGen.Model.Inline;

namespace BriefingGen.Markup;

/// <summary>
/// Tables: each cell's Markdown read as one line of inlines, shades lifted to their cells, empty
/// columns left out when the template asks, numbers aligned right, widths worked out.
/// </summary>
internal sealed partial class PaperReader
{
    /// <summary>The most columns a Word table can have.</summary>
    internal const int MaxColumns = 63;

    private Table? Table(PipeTable table)
    {
        var options = table.Options;
        if (table.Alignments.Count > MaxColumns && options is not { DropEmptyColumns: true })
        {
            return TooWide(table, table.Alignments.Count);
        }

        ReportCellsBeyondTheHeader(table);
        var header = Cells(table.Header, table.Alignments.Count);
        var body = table.Rows.Select(r => Cells(r, table.Alignments.Count)).ToList();
        var kept = Enumerable.Range(0, table.Alignments.Count).ToList();
        if (options is { DropEmptyColumns: true })
        {
            kept = TableColumns.WithContent(body);
        }

        var columns = kept.Count;
        if (columns > MaxColumns)
        {
            return TooWide(table, columns);
        }

        var texts = new[] { header }.Concat(body).Select(r => (IReadOnlyList<string>)kept.Select(i => InlineText.Of(r[i])).ToList()).ToList();
        var alignments = kept.Select(i => table.Alignments[i] ?? (TableColumns.IsNumeric(body.Select(r => InlineText.Of(r[i]))) ? CellAlignment.Right : CellAlignment.Left)).ToList();
        TableRow Row(List<Inline>[] cells) => Stamp(new TableRow(kept.Select((column, i) =>
        {
            var inlines = cells[column];
            var shade = inlines.SelectMany(ModelWalker.DescendantsAndSelf).OfType<ShadedText>().FirstOrDefault()?.Shade;
            IReadOnlyList<Block> blocks = inlines.Count == 0 ? [] : [Stamp(new Paragraph(inlines))];
            return Stamp(new TableCell(blocks, alignments[i], shade));
        }).ToList()));

        if (ColumnWidths.Crowded(texts, columns))
        {
            _diagnostics.Warning(At(table), _origin?.Path ?? "", $"the table's {columns} columns are too many to fit across the page without breaking words letter by letter; split it, or put it in a landscape section");
        }

        var widths = ColumnWidths.Of(kept.Select(i => table.DashWidths[i]).ToList(), texts);
        return Stamp(new Table(widths, [Row(header)], body.Select(Row).ToList()) { Title = options?.Title, Summary = options?.Description });
    }

    /// <summary>
    /// A row with more cells than the header has columns is an error at the first cell too many
    /// (in the data, when a value stands there): a table shows its header's columns, and the
    /// cells beyond them would be lost without a word.
    /// </summary>
    private void ReportCellsBeyondTheHeader(PipeTable table)
    {
        var columns = table.Alignments.Count;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Count <= columns)
            {
                continue;
            }

            var origin = row.Skip(columns).SelectMany(SlotMarks.Split).Select(part => _slots.Get(part.Slot)).OfType<InlineSlot>()
                .SelectMany(slot => slot.Inlines).Select(inline => inline.Origin).FirstOrDefault(o => o is not null);
            _diagnostics.Error(
                origin?.Location ?? Where(table.Line + 1 + r, 0),
                origin?.Path ?? _origin?.Path ?? "",
                $"row {r + 1} of the table has {row.Count} cells, but its header has {columns} columns; the cells beyond them would be lost, so give each row as many cells as the header");
        }
    }

    private Table? TooWide(PipeTable table, int columns)
    {
        _diagnostics.Error(At(table), _origin?.Path ?? "", $"the table has {columns} columns; a table may have at most {MaxColumns} (Word's limit); split it");
        return null;
    }

    /// <summary>A row's cells read as inlines, as many as the table has columns (missing ones empty).</summary>
    private List<Inline>[] Cells(IReadOnlyList<string> cells, int columns) =>
        Enumerable.Range(0, columns).Select(i => i < cells.Count ? Cell(cells[i]) : []).ToArray();

    private SourceLocation At(PipeTable table) => Where(table.Line - 1, 0);

    /// <summary><c>table_options</c> that no table follows: an error, since the template meant it for one.</summary>
    private IEnumerable<Block> StrayTableOptions()
    {
        _diagnostics.Error(SourceLocation.OfFile($"{_source} (composed Markdown)"), "", "table_options must stand on the line right above the header row of the table it is for");
        return [];
    }

    /// <summary>
    /// One cell's inlines. Text with nothing Markdown could read as syntax (most generated cells are a
    /// slot and nothing else) is taken as it is; the rest goes through Markdig as one paragraph.
    /// </summary>
    private List<Inline> Cell(string markdown)
    {
        if (markdown.Length == 0)
        {
            return [];
        }

        if (!markdown.Any(c => CommonMark.IsAsciiPunctuation(c) && c is not ('.' or ',' or ';' or ':' or '\'' or '"' or '/' or '%' or '?' or '(' or ')' or '-' or '=')))
        {
            return [.. Typeset(Text(markdown).ToList())];
        }

        var document = Parse(markdown, _origin?.Location ?? SourceLocation.OfFile($"{_source} (composed Markdown)"), _origin?.Path ?? "");
        var inlines = new List<Inline>();
        if (document is null)
        {
            return inlines;
        }

        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            if (inlines.Count > 0)
            {
                inlines.Add(Stamp(new Text(" ")));
            }

            inlines.AddRange(Typeset(_inlines.Read(leaf.Inline)));
        }

        return inlines;
    }
}
