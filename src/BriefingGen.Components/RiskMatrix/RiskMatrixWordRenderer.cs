using BriefingGen.Word;
using BriefingGen.Word.Renderers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The 5 × 5 risk matrix as a table: likelihood rising up the side, impact along the bottom, each
/// cell shaded by the rating band of likelihood × impact and holding the ids of the risks in it.
/// White rules between cells keep the bands readable in print.
/// </summary>
internal sealed class RiskMatrixWordRenderer : WordBlockRenderer<RiskMatrix>
{
    private const int RowHeight = 600;

    private static string CellStyle => WordRenderContext.StyleOf(RiskMatrixExtension.CellRole);

    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(RiskMatrix block, WordRenderContext context, WordScope scope)
    {
        var axisWidth = 420;
        var numberWidth = 400;
        var cellWidth = Math.Min(1400, (context.ContentWidthTwips - axisWidth - numberWidth) / RiskMatrix.Size);
        var widths = new[] { axisWidth, numberWidth }.Concat(Enumerable.Repeat(cellWidth, RiskMatrix.Size)).ToArray();
        var white = new TableBorders(
            new TopBorder { Val = BorderValues.Nil },
            new LeftBorder { Val = BorderValues.Nil },
            new BottomBorder { Val = BorderValues.Nil },
            new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = "FFFFFF" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = "FFFFFF" });
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            TableParts.Properties(StyleIds.Table, widths.Sum(), block.Description, white),
            TableParts.Grid(widths));

        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var row = Row();
            var axis = likelihood == RiskMatrix.Size
                ? Axis(context, block.LikelihoodLabel, axisWidth, new VerticalMerge { Val = MergedCellValues.Restart })
                : TableParts.Cell(axisWidth, [], beforeShading: new VerticalMerge());
            row.Append(axis, Label(context, likelihood, numberWidth));
            for (var impact = 1; impact <= RiskMatrix.Size; impact++)
            {
                var band = RiskBands.Of(likelihood * impact);
                var shade = context.StyleSheet.Shade("risk-" + band);
                var ids = string.Join(", ", block.Risks.Where(r => r.Likelihood == likelihood && r.Impact == impact).Select(r => r.Id));
                var text = context.Paragraph(CellStyle, ids.Length > 0 ? [new Model.Text(ids)] : [], WordScope.Body with { TextColor = shade?.Text });
                row.Append(TableParts.Cell(cellWidth, [text], shade?.Fill, afterShading: new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
            }

            table.Append(row);
        }

        var numbers = Row();
        numbers.Append(TableParts.Cell(axisWidth, []), TableParts.Cell(numberWidth, []));
        for (var impact = 1; impact <= RiskMatrix.Size; impact++)
        {
            numbers.Append(Label(context, impact, cellWidth));
        }

        var title = new DocumentFormat.OpenXml.Wordprocessing.TableRow(new TableRowProperties(new CantSplit()));
        title.Append(TableParts.Cell(axisWidth, []), TableParts.Cell(numberWidth, []));
        title.Append(TableParts.Cell(cellWidth * RiskMatrix.Size, [Muted(context, block.ImpactLabel)], beforeShading: new GridSpan { Val = RiskMatrix.Size }));
        table.Append(numbers, title);
        return [table, TableParts.Spacer()];
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row() =>
        new(new TableRowProperties(new CantSplit(), new TableRowHeight { Val = RowHeight, HeightType = HeightRuleValues.Exact }));

    private static TableCell Axis(WordRenderContext context, string label, int width, VerticalMerge merge) =>
        TableParts.Cell(width, [Muted(context, label)], beforeShading: merge, afterShading: new TextDirection { Val = TextDirectionValues.BottomToTopLeftToRight });

    private static TableCell Label(WordRenderContext context, int value, int width) =>
        TableParts.Cell(width, [Muted(context, value.ToString(System.Globalization.CultureInfo.InvariantCulture))], afterShading: new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

    private static Paragraph Muted(WordRenderContext context, string text) =>
        context.Paragraph(CellStyle, [new Model.Text(text)], WordScope.Body with { TextColor = context.StyleSheet.Colors.Muted });
}
