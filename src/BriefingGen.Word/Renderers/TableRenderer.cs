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
    /// <summary>The body rows that start the table with its header, as the PDF starts it.</summary>
    private const int LeadBodyRows = 2;

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

        for (var i = 0; i < block.BodyRows.Count; i++)
        {
            var row = Row(block.BodyRows[i], widths, context, header: false);

            // The header (its style keeps with next) and the first body rows start the table together.
            if (i < LeadBodyRows - 1 && i + 1 < block.BodyRows.Count)
            {
                KeepWithNext(row);
            }

            table.Append(row);
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

    /// <summary>Keeps a row on the page of the next: Word keeps a row whose paragraphs all keep with the next.</summary>
    private static void KeepWithNext(DocumentFormat.OpenXml.Wordprocessing.TableRow row)
    {
        foreach (var paragraph in row.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
            if (properties.KeepNext is null)
            {
                properties.KeepNext = new KeepNext();
            }
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
