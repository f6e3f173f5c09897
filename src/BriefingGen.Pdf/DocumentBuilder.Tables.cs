using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf;

/// <summary>Tables: rows of cells with their shading, header rows that repeat.</summary>
internal sealed partial class DocumentBuilder
{
    private Element Table(Table table)
    {
        var width = PdfStyles.Mm(_styles.Theme.Page.ContentWidthMm);
        var widths = table.ColumnWidths.Select(f => f * width).ToArray();
        var theme = _styles.Theme;
        RowElement Row(Model.TableRow row, bool header) => new(
            widths.Select((_, i) =>
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : new Model.TableCell([]);
                var shade = cell.Shade is not null && theme.Shades.TryGetValue(cell.Shade, out var s) ? s : null;
                var style = header ? _styles.TableHeading : _styles.TableText with { Color = shade?.Text ?? theme.Colors.Text };
                var alignment = cell.Alignment switch { CellAlignment.Center => TextAlignment.Center, CellAlignment.Right => TextAlignment.Right, _ => TextAlignment.Left };
                var content = new ColumnElement(Blocks(cell.Blocks, new Scope(style, alignment, SpaceAfter: 3, InCell: true))) { Tag = header ? new StructureNode("TH", scope: "Column") : new StructureNode("TD") };
                return ((Element)content, header ? theme.Colors.TableHeaderFill : shade?.Fill);
            }).ToList(),
            widths)
        {
            Tag = new StructureNode("TR"),
        };

        var element = new TableElement(() => table.HeaderRows.Select(r => Row(r, header: true)).ToList(), table.BodyRows.Select(r => Row(r, header: false)).ToList(), _contentHeight, theme.Colors.TableBorder)
        {
            SpaceAfter = table.Caption is null ? 9 : 3,
            Tag = new StructureNode("Table"),
        };
        if (table.Caption is null)
        {
            return element;
        }

        var caption = new ParagraphElement([new TextSpan(table.Caption, _styles.Caption)], _layouter, _styles.Caption) { SpaceAfter = 10, Tag = new StructureNode("Caption") };
        return new ColumnElement([element, caption]) { SpaceAfter = 10 };
    }
}
