using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A table at full text width with fixed column widths from the model, header rows that repeat on
/// every page, rows that never split across a page, and cells shaded by their semantic shade. The
/// first header row takes its fill from the table style's first-row look, as Word's own table
/// styles do, so restyling the table in Word restyles its header. Rules over shaded cells are
/// drawn in a tone that stays visible on the fill. The table carries alternative text: its title,
/// and its description or else the names of its columns.
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
            TableParts.Properties(StyleIds.Table, context.ContentWidthTwips, Title(block), description: Description(block), headerRow: block.HeaderRows.Count > 0),
            TableParts.Grid(widths));
        for (var i = 0; i < block.HeaderRows.Count; i++)
        {
            table.Append(Row(block.HeaderRows[i], widths, context, header: true, styledByTable: i == 0));
        }

        for (var i = 0; i < block.BodyRows.Count; i++)
        {
            var row = Row(block.BodyRows[i], widths, context, header: false, styledByTable: false);

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

    /// <summary>The alternative text's title: the table's own, else its caption.</summary>
    private static string? Title(Model.Table block) => block.Title ?? (block.Caption is null ? null : InlineText.Of(block.Caption));

    /// <summary>The alternative text's description: the table's own, else the names of its columns.</summary>
    private static string? Description(Model.Table block)
    {
        if (block.Summary is not null)
        {
            return block.Summary;
        }

        var columns = block.HeaderRows.FirstOrDefault()?.Cells.Select(c => InlineText.Of(c.Blocks).Trim()).Where(t => t.Length > 0).ToList();
        return columns is { Count: > 0 } ? string.Join(", ", columns) : null;
    }

    /// <param name="row">The row.</param>
    /// <param name="widths">The columns' widths in twips.</param>
    /// <param name="context">The render context.</param>
    /// <param name="header">True for a header row, repeated on every page.</param>
    /// <param name="styledByTable">True for the first header row, whose fill the table style gives.</param>
    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(Model.TableRow row, int[] widths, WordRenderContext context, bool header, bool styledByTable)
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
            var shade = header ? null : context.StyleSheet.Shade(cell.Shade);
            var fill = header ? (styledByTable ? null : context.StyleSheet.Table.HeaderFill) : shade?.Fill;
            var scope = WordScope.Body with
            {
                ParagraphStyle = header ? StyleIds.TableHeading : StyleIds.TableText,
                TextColor = shade?.Text,
                Alignment = cell.Alignment switch
                {
                    CellAlignment.Center => JustificationValues.Center,
                    CellAlignment.Right => JustificationValues.Right,
                    _ => null,
                },
            };
            var rules = shade is null ? null : TableParts.RulesOver(context.StyleSheet.Table, shade.Fill);
            result.Append(TableParts.Cell(widths[i], context.RenderBlocks(cell.Blocks, scope), fill, scope.ParagraphStyle, beforeShading: rules));
        }

        return result;
    }
}
