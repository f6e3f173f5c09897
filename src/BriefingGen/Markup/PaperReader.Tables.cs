using BriefingGen.Model;
using Markdig;
using Markdig.Syntax;
using Block = BriefingGen.Model.Block;
using Inline = BriefingGen.Model.Inline;

namespace BriefingGen.Markup;

/// <summary>Tables: each cell's Markdown read as one line of inlines, shades lifted to their cells, widths worked out.</summary>
internal sealed partial class PaperReader
{
    private Table Table(PipeTable table)
    {
        var columns = table.Alignments.Count;
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
        return Stamp(new Table(ColumnWidths.Of(table.DashWidths, texts), [header], body));
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
            return Text(markdown).ToList();
        }

        var document = Markdown.Parse(markdown, _pipeline);
        var inlines = new List<Inline>();
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
