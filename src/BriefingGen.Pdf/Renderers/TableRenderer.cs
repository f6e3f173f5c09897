using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A table across the text width: header rows in the header look that repeat on each page, body
/// rows that never split unless taller than a page, cells filled with their shade and their text
/// in the shade's colour, rules from the stylesheet, and an optional caption.
/// </summary>
internal sealed class TableRenderer : PdfBlockRenderer<Table>
{
    /// <inheritdoc />
    protected override Element Write(Table block, PdfRenderContext context, PdfScope scope)
    {
        var look = context.Sheet.Table;
        var widths = block.ColumnWidths.Select(f => f * context.ContentArea.Width).ToArray();
        RowElement Row(TableRow row, bool header) => new(
            widths.Select((_, i) =>
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : new TableCell([]);
                var shade = header ? null : context.Sheet.Shade(cell.Shade);
                var cellScope = new PdfScope
                {
                    Role = header ? StyleRoles.TableHeader : StyleRoles.TableText,
                    TextColor = shade?.Text,
                    Alignment = cell.Alignment switch { CellAlignment.Center => TextAlignment.Center, CellAlignment.Right => TextAlignment.Right, _ => TextAlignment.Left },
                    InCell = true,
                };
                var content = new TaggedElement(header ? new StructureNode("TH", scope: "Column") : new StructureNode("TD"), new ColumnElement(context.Blocks(cell.Blocks, cellScope)));
                return ((Element)content, header ? look.HeaderFill : shade?.Fill);
            }).ToList(),
            widths)
        {
            Padding = (look.CellPadding.Left, look.CellPadding.Top),
            Tag = new StructureNode("TR"),
        };

        // The rows hold the widths array itself: settling it now, before anything is measured,
        // sets the columns of every row, header rows made later included.
        var body = block.BodyRows.Select(r => Row(r, header: false)).ToList();
        var needs = new double[widths.Length];
        foreach (var row in block.HeaderRows.Select(r => Row(r, header: true)).Concat(body))
        {
            var column = 0;
            foreach (var need in row.NaturalCellWidths())
            {
                needs[column] = Math.Max(needs[column], need);
                column++;
            }
        }

        ColumnFit.Widths(widths, needs).CopyTo(widths, 0);

        var table = new TaggedElement(
            new StructureNode("Table"),
            new TableElement(() => block.HeaderRows.Select(r => Row(r, header: true)).ToList(), body, context.ContentArea.Height, look.RuleColor, look.RuleWidth)
            {
                SpaceAfter = block.Caption is null ? look.SpaceAfter : 3,
            });
        if (block.Caption is null)
        {
            return table;
        }

        var caption = context.Paragraph(block.Caption, context.Sheet.Paragraph(StyleRoles.Caption), PdfScope.Body, new StructureNode("Caption"));
        return new ColumnElement([table, caption]) { SpaceAfter = caption.SpaceAfter };
    }
}
