using System.Globalization;
using BriefingGen.Word;
using BriefingGen.Word.Renderers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The 5 × 5 risk matrix as one table that never splits across pages: likelihood rising up the
/// side, impact along the bottom, each cell shaded by the rating band of likelihood × impact with
/// its score in the corner and the ids of its risks below, then a legend of the bands and their
/// scores. White rules between cells keep the bands readable in print. Its alternative text is the
/// matrix's title and a description listing every risk and its cell, as the PDF's figure has.
/// </summary>
internal sealed class RiskMatrixWordRenderer : WordBlockRenderer<RiskMatrix>
{
    /// <summary>The least height of a grid row (30 pt), as in the PDF.</summary>
    private const int RowHeight = 600;

    /// <summary>The space between the impact title and the legend (8 pt), as in the PDF.</summary>
    private const int LegendGap = 160;

    private const int AxisWidth = 420;
    private const int NumberWidth = 400;

    private static string CellStyle => WordRenderContext.StyleOf(RiskMatrixExtension.CellRole);

    private static string ScoreStyle => WordRenderContext.StyleOf(RiskMatrixExtension.ScoreRole);

    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(RiskMatrix block, WordRenderContext context, WordScope scope)
    {
        var cellWidth = Math.Min(1400, (context.ContentWidthTwips - AxisWidth - NumberWidth) / RiskMatrix.Size);
        var widths = new[] { AxisWidth, NumberWidth }.Concat(Enumerable.Repeat(cellWidth, RiskMatrix.Size)).ToArray();
        var white = new TableBorders(
            new TopBorder { Val = BorderValues.Nil },
            new LeftBorder { Val = BorderValues.Nil },
            new BottomBorder { Val = BorderValues.Nil },
            new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = "FFFFFF" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = "FFFFFF" });
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            TableParts.Properties(StyleIds.Table, widths.Sum(), block.Title, white, description: block.Description),
            TableParts.Grid(widths));

        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var row = Row(new TableRowHeight { Val = RowHeight, HeightType = HeightRuleValues.AtLeast });
            var axis = likelihood == RiskMatrix.Size
                ? Axis(context, block.LikelihoodLabel, new VerticalMerge { Val = MergedCellValues.Restart })
                : TableParts.Cell(AxisWidth, [], beforeShading: new VerticalMerge());
            row.Append(axis, Label(context, likelihood.ToString(CultureInfo.InvariantCulture), NumberWidth));
            for (var impact = 1; impact <= RiskMatrix.Size; impact++)
            {
                row.Append(GridCell(block, context, likelihood, impact, cellWidth));
            }

            table.Append(row);
        }

        var numbers = Row();
        numbers.Append(TableParts.Cell(AxisWidth, []), TableParts.Cell(NumberWidth, []));
        for (var impact = 1; impact <= RiskMatrix.Size; impact++)
        {
            numbers.Append(Label(context, impact.ToString(CultureInfo.InvariantCulture), cellWidth));
        }

        var title = Row();
        title.Append(TableParts.Cell(AxisWidth, []), TableParts.Cell(NumberWidth, []));
        title.Append(TableParts.Cell(cellWidth * RiskMatrix.Size, [Muted(context, block.ImpactLabel)], beforeShading: new GridSpan { Val = RiskMatrix.Size }));

        var gap = Row(new TableRowHeight { Val = LegendGap, HeightType = HeightRuleValues.Exact });
        gap.Append(widths.Select(w => TableParts.Cell(w, [])));

        table.Append(numbers, title, gap, Legend(block, context, cellWidth));
        TableParts.KeepRowsTogether(table);
        return [table, TableParts.Spacer()];
    }

    /// <summary>A grid cell: its band's fill, its score in the corner, the ids of its risks below.</summary>
    private static TableCell GridCell(RiskMatrix block, WordRenderContext context, int likelihood, int impact, int width)
    {
        var score = likelihood * impact;
        var shade = RiskShades.For(context.StyleSheet, RiskBands.Of(score));
        var inShade = WordScope.Body with { TextColor = shade.Text };
        var content = new List<OpenXmlElement> { context.Paragraph(ScoreStyle, [new Model.Text(score.ToString(CultureInfo.InvariantCulture))], inShade) };
        var risks = block.RisksAt(likelihood, impact);
        if (risks.Count > 0)
        {
            // Each id keeps its origin, so it sits in a content control tagged with the risk's id path like every other value.
            var ids = risks.SelectMany((risk, i) => i == 0
                ? new Model.Inline[] { new Model.Text(risk.Id) { Origin = risk.Origin } }
                : [new Model.Text(", "), new Model.Text(risk.Id) { Origin = risk.Origin }]);
            content.Add(context.Paragraph(CellStyle, ids.ToList(), inShade));
        }

        return TableParts.Cell(width, content, shade.Fill);
    }

    /// <summary>The legend: its title under the first impact step, then each band with its fill, name and scores.</summary>
    private static TableRow Legend(RiskMatrix block, WordRenderContext context, int cellWidth)
    {
        var row = Row();
        row.Append(TableParts.Cell(AxisWidth, []), TableParts.Cell(NumberWidth, []));
        row.Append(TableParts.Cell(cellWidth, [Muted(context, block.LegendTitle)], afterShading: new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
        // The four cells right of the title hold the four bands.
        foreach (var band in block.Legend.Take(RiskMatrix.Size - 1))
        {
            var shade = RiskShades.For(context.StyleSheet, band.Band);
            var inShade = WordScope.Body with { TextColor = shade.Text };
            row.Append(TableParts.Cell(
                cellWidth,
                [
                    context.Paragraph(CellStyle, [new Model.Text(band.Name)], inShade),
                    context.Paragraph(ScoreStyle, [new Model.Text(band.Range)], inShade with { Alignment = JustificationValues.Center }),
                ],
                shade.Fill));
        }

        return row;
    }

    private static TableRow Row(TableRowHeight? height = null)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (height is not null)
        {
            properties.Append(height);
        }

        return new TableRow(properties);
    }

    private static TableCell Axis(WordRenderContext context, string label, VerticalMerge merge) =>
        TableParts.Cell(AxisWidth, [Muted(context, label)], beforeShading: merge, afterShading: new TextDirection { Val = TextDirectionValues.BottomToTopLeftToRight });

    /// <summary>An axis step's number: muted table text, not bold, as the PDF draws it.</summary>
    private static TableCell Label(WordRenderContext context, string text, int width) =>
        TableParts.Cell(
            width,
            [context.Paragraph(StyleIds.TableText, [new Model.Text(text)], WordScope.Body with { TextColor = context.StyleSheet.Colors.Muted, Alignment = JustificationValues.Center })],
            afterShading: new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

    private static Paragraph Muted(WordRenderContext context, string text) =>
        context.Paragraph(CellStyle, [new Model.Text(text)], WordScope.Body with { TextColor = context.StyleSheet.Colors.Muted });
}
