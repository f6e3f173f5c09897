using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Markdig.Syntax;
using Block = BriefingGen.Model.Block;
using Inline = BriefingGen.Model.Inline;

namespace BriefingGen.Markup;

/// <summary>Tables: each cell's Markdown read as one line of inlines, shades lifted to their cells, widths worked out.</summary>
internal sealed partial class PaperReader
{
    /// <summary>The most columns a Word table can have.</summary>
    internal const int MaxColumns = 63;

    private Table? Table(PipeTable table)
    {
        var columns = table.Alignments.Count;
        if (columns > MaxColumns)
        {
            _diagnostics.Error(At(table), _origin?.Path ?? "", $"the table has {columns} columns; a table may have at most {MaxColumns} (Word's limit); split it");
            return null;
        }

        TableRow Row(IReadOnlyList<string> cells) => Stamp(new TableRow(Enumerable.Range(0, columns).Select(i =>
        {
            var inlines = i < cells.Count ? Cell(cells[i]) : [];
            var shade = inlines.SelectMany(ModelWalker.DescendantsAndSelf).OfType<ShadedText>().FirstOrDefault()?.Shade;
            IReadOnlyList<Block> blocks = inlines.Count == 0 ? [] : [Stamp(new Paragraph(inlines))];
            return Stamp(new TableCell(blocks, table.Alignments[i], shade));
        }).ToList()));

        var header = Row(table.Header);
        var body = table.Rows.Select(Row).ToList();
        var texts = new[] { header }.Concat(body).Select(r => (IReadOnlyList<string>)r.Cells.Select(c => InlineText.Of(c.Blocks)).ToList()).ToList();
        if (ColumnWidths.Crowded(texts, columns))
        {
            _diagnostics.Warning(At(table), _origin?.Path ?? "", $"the table's {columns} columns are too many to fit across the page without breaking words letter by letter; split it, or put it in a landscape section");
        }

        return Stamp(new Table(ColumnWidths.Of(table.DashWidths, texts), [header], body));
    }

    private SourceLocation At(PipeTable table) =>
        _origin?.Location ?? new SourceLocation($"{_source} (composed Markdown)", table.Line, 1);

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
            return Text(markdown).ToList();
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

            inlines.AddRange(_inlines.Read(leaf.Inline));
        }

        return inlines;
    }
}
