using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A table at full text width with fixed column widths from the model, header rows that repeat on
/// every page, rows that never split across a page, and cells shaded by their semantic shade.
/// </summary>
internal sealed class TableRenderer : WordBlockRenderer<Model.Table>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Model.Table block, WordRenderContext context, WordScope scope)
    {
        var widths = TableParts.Widths(block.ColumnWidths, context.ContentWidthTwips);
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            TableParts.Properties(StyleIds.Table, context.ContentWidthTwips, block.Caption is null ? block.Summary : InlineText.Of(block.Caption)),
            TableParts.Grid(widths));
        foreach (var row in block.HeaderRows)
        {
            table.Append(Row(row, widths, context, header: true));
        }

        foreach (var row in block.BodyRows)
        {
            table.Append(Row(row, widths, context, header: false));
        }

        yield return table;
        if (block.Caption is not null)
        {
            yield return context.Paragraph(StyleIds.Caption, block.Caption, WordScope.Body);
        }
        else
        {
            yield return TableParts.Spacer();
        }
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(Model.TableRow row, int[] widths, WordRenderContext context, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var result = new DocumentFormat.OpenXml.Wordprocessing.TableRow(properties);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < row.Cells.Count ? row.Cells[i] : new Model.TableCell([]);
            var shade = context.StyleSheet.Shade(cell.Shade);
            var fill = header ? context.StyleSheet.Table.HeaderFill : shade?.Fill;
            var scope = WordScope.Body with
            {
                ParagraphStyle = header ? StyleIds.TableHeading : StyleIds.TableText,
                TextColor = header ? null : shade?.Text,
                Alignment = cell.Alignment switch
                {
                    CellAlignment.Center => JustificationValues.Center,
                    CellAlignment.Right => JustificationValues.Right,
                    _ => null,
                },
            };
            result.Append(TableParts.Cell(widths[i], context.RenderBlocks(cell.Blocks, scope), fill, scope.ParagraphStyle));
        }

        return result;
    }
}
