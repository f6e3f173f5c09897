using BriefingGen.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Components.Charts;

/// <summary>
/// The chart as a native Word chart: a chart part with the values cached in it and a workbook
/// embedded behind it, placed inline across the text width. Its description (alternative text)
/// names the kind of chart and every value, as the PDF's figure does. With <c>data_table</c> the
/// values follow as an ordinary table.
/// </summary>
internal sealed class ChartWordRenderer : WordBlockRenderer<Chart>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Chart block, WordRenderContext context, WordScope scope)
    {
        var drawingId = context.NextDrawingId();
        var chartId = "rIdChart" + drawingId;
        var part = context.Main.AddNewPart<ChartPart>(chartId);
        // Relationship ids are given, not generated: the SDK's own are random, and the bytes must not be.
        var workbook = part.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rIdWorkbook");
        using (var bytes = new MemoryStream(ChartWorkbook.Build(block)))
        {
            workbook.FeedData(bytes);
        }

        using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
        {
            ChartSpaceXml.Build(block, context.StyleSheet, part.GetIdOfPart(workbook)).Save(stream, System.Xml.Linq.SaveOptions.DisableFormatting);
        }

        var cx = Units.TwipsToEmu(context.ContentWidthTwips);
        var cy = Height(block, cx);
        var name = "Chart " + drawingId;
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = drawingId, Name = name, Description = block.Description },
            new Dw.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };

        yield return new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "120" }, new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
        if (block.DataTable)
        {
            foreach (var element in context.RenderBlocks([ChartTable.Build(block)], scope))
            {
                yield return element;
            }
        }
    }

    /// <summary>
    /// As tall as the PDF's chart: a plot two fifths of the width (within limits) for columns and
    /// lines, with room below for names Word turns on end when they are too wide for their place;
    /// a row per category for bars; and room for the legend.
    /// </summary>
    private static long Height(Chart chart, long width)
    {
        const long Point = 12700;
        const double CharacterWidth = 4.2;
        var legend = (((chart.Series.Count - 1) / 4) + 1) * 14 * Point;
        if (!chart.Horizontal)
        {
            var slot = width / Point * 0.85 / chart.Categories.Count;
            var longestWord = chart.Categories.SelectMany(c => c.Split(' ')).Max(w => w.Length) * CharacterWidth;
            var names = longestWord > slot ? Math.Min(chart.Categories.Max(c => c.Length) * CharacterWidth, 160) : 24;
            return (long)((Math.Clamp(width / Point * 0.4, 140, 210) + names + 40) * Point) + legend;
        }

        var bars = chart.Layout == ChartLayout.Stacked ? 1 : chart.BarSeries.Count;
        return (chart.Categories.Count * Math.Max(24, (bars * 11) + 10) * Point) + (60 * Point) + legend;
    }
}
