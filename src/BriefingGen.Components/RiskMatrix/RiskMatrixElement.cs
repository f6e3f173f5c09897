using System.Globalization;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The 5 × 5 risk matrix, drawn as the Word renderer draws it: likelihood rising up the side with
/// its title turned on end, impact along the bottom, cells shaded by the band of likelihood × impact
/// with the score in the corner and the ids of their risks below it, white rules between cells,
/// and under it all a legend of the bands and their scores. A row grows when a cell holds more ids
/// than fit its usual height; when the grid would outgrow <paramref name="maxHeight"/> the ids get
/// smaller, and in the last resort a crowded cell shows its first ids and its count (the register
/// lists every risk). It never splits: matrix and legend move to the next page together.
/// </summary>
/// <param name="matrix">The matrix.</param>
/// <param name="sheet">The stylesheet, for the bands' shades and the cell padding.</param>
/// <param name="fonts">Fonts, for the turned likelihood title.</param>
/// <param name="layouter">Lays out the labels.</param>
/// <param name="labelStyle">Axis numbers and titles: the cell role's text, muted.</param>
/// <param name="scoreStyle">The scores in the cells and the legend.</param>
/// <param name="maxHeight">The tallest the whole matrix may be: a page's text height.</param>
internal sealed class RiskMatrixElement(RiskMatrix matrix, StyleSheet sheet, FontBook fonts, TextLayouter layouter, TextStyle labelStyle, TextStyle scoreStyle, double maxHeight) : Element
{
    private const double AxisWidth = 22;
    private const double NumberWidth = 20;

    /// <summary>The least height of a grid row, as the Word table's.</summary>
    private const double RowHeight = 30;
    private const double LabelRowHeight = 18;

    /// <summary>The white rule between cells, as the Word table's inside borders.</summary>
    private const double Gap = 1.5;

    /// <summary>The space between the impact title and the legend, as the Word table's spacer row.</summary>
    private const double LegendGap = 8;
    private const double SmallestIdSize = 5.5;
    private bool _done;
    private Grid? _grid;

    /// <summary>How the grid is laid out for one width: row heights, the legend's height and how the ids are written.</summary>
    private sealed record Grid(double Width, double[] Heights, double LegendHeight, TextStyle IdStyle, bool Counted)
    {
        public double Total => Heights.Sum() + (2 * LabelRowHeight) + LegendGap + LegendHeight;
    }

    private Padding Padding => sheet.Table.CellPadding;

    private TextStyle Bold => labelStyle with { Bold = true };

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }

        var height = GridFor(available.Width).Total;
        return height <= available.Height + 0.01 ? SpacePlan.Full(height) : SpacePlan.Wrap;
    }

    private static double CellWidth(double width) => Math.Min(70, (width - AxisWidth - NumberWidth) / RiskMatrix.Size);

    private string CellText(int likelihood, int impact, bool counted)
    {
        var ids = matrix.IdsAt(likelihood, impact);
        return counted && ids.Count > 3 ? $"{ids[0]}, {ids[1]}, … ({ids.Count})" : string.Join(", ", ids);
    }

    /// <summary>The largest id size, down to <see cref="SmallestIdSize"/>, at which the matrix fits; else counts.</summary>
    private Grid GridFor(double width)
    {
        if (_grid is { } grid && grid.Width == width)
        {
            return grid;
        }

        var legend = LegendHeight(width);
        for (var size = labelStyle.Size; size >= SmallestIdSize; size -= 0.5)
        {
            grid = new Grid(width, RowHeights(width, Bold with { Size = size }, counted: false), legend, Bold with { Size = size }, Counted: false);
            if (grid.Total <= maxHeight)
            {
                return _grid = grid;
            }
        }

        return _grid = new Grid(width, RowHeights(width, Bold, counted: true), legend, Bold, Counted: true);
    }

    /// <summary>The height of each row, likelihood 5 at the top down to 1: room for the score and the ids below it.</summary>
    private double[] RowHeights(double width, TextStyle idStyle, bool counted)
    {
        var inner = CellWidth(width) - Padding.Left - Padding.Right;
        var score = TextHeight("25", inner, scoreStyle);
        var heights = new double[RiskMatrix.Size];
        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var tallest = Enumerable.Range(1, RiskMatrix.Size).Max(impact => TextHeight(CellText(likelihood, impact, counted), inner, idStyle));
            heights[RiskMatrix.Size - likelihood] = Math.Max(RowHeight, Padding.Top + score + tallest + Padding.Bottom);
        }

        return heights;
    }

    /// <summary>The legend row's height: each band's name above its scores, or the legend's title if that is taller.</summary>
    private double LegendHeight(double width)
    {
        var inner = CellWidth(width) - Padding.Left - Padding.Right;
        var bands = matrix.Legend.Max(b => TextHeight(b.Name, inner, Bold) + TextHeight(b.Range, inner, scoreStyle));
        return Padding.Top + Math.Max(bands, TextHeight(matrix.LegendTitle, inner, Bold)) + Padding.Bottom;
    }

    private double TextHeight(string text, double width, TextStyle style) =>
        text.Length == 0 ? 0 : Paragraph(text, style, TextAlignment.Left).Measure(new Size(width, double.MaxValue)).Height;

    private ParagraphElement Paragraph(string text, TextStyle style, TextAlignment alignment) =>
        new([new TextSpan(text, style)], layouter, style) { Alignment = alignment };

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var canvas = context.Canvas;
        var cell = CellWidth(area.Width);
        var left = area.X + AxisWidth + NumberWidth;
        var grid = GridFor(area.Width);
        var heights = grid.Heights;

        // The axis title comes first, as in the Word table, so both read in the same order.
        AxisTitle(canvas, matrix.LikelihoodLabel, area.X, area.Y, heights.Sum(), Bold);
        var top = area.Y;
        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var rowHeight = heights[RiskMatrix.Size - likelihood];
            Centred(context, likelihood.ToString(CultureInfo.InvariantCulture), area.X + AxisWidth, top, NumberWidth, rowHeight, labelStyle);
            for (var impact = 1; impact <= RiskMatrix.Size; impact++)
            {
                var score = likelihood * impact;
                var shade = RiskShades.For(sheet, RiskBands.Of(score));
                var x = left + ((impact - 1) * cell);
                Fill(canvas, x, top, cell, rowHeight, shade.Fill);
                var below = Stacked(context, score.ToString(CultureInfo.InvariantCulture), x, top + Padding.Top, cell, scoreStyle with { Color = shade.Text }, TextAlignment.Right);
                var ids = CellText(likelihood, impact, grid.Counted);
                if (ids.Length > 0)
                {
                    Stacked(context, ids, x, below, cell, grid.IdStyle with { Color = shade.Text }, TextAlignment.Center);
                }
            }

            top += rowHeight;
        }

        for (var impact = 1; impact <= RiskMatrix.Size; impact++)
        {
            Centred(context, impact.ToString(CultureInfo.InvariantCulture), left + ((impact - 1) * cell), top, cell, LabelRowHeight, labelStyle);
        }

        Centred(context, matrix.ImpactLabel, left, top + LabelRowHeight, cell * RiskMatrix.Size, LabelRowHeight, Bold);
        DrawLegend(context, left, top + (2 * LabelRowHeight) + LegendGap, cell, grid.LegendHeight);
        _done = true;
    }

    /// <summary>The legend: its title in the first column, then each band's fill with its name and scores.</summary>
    private void DrawLegend(DrawContext context, double left, double top, double cell, double height)
    {
        Centred(context, matrix.LegendTitle, left, top, cell, height, Bold);

        // The four cells right of the title hold the four bands.
        foreach (var (band, i) in matrix.Legend.Take(RiskMatrix.Size - 1).Select((b, i) => (b, i)))
        {
            var shade = RiskShades.For(sheet, band.Band);
            var x = left + ((i + 1) * cell);
            Fill(context.Canvas, x, top, cell, height, shade.Fill);
            var below = Stacked(context, band.Name, x, top + Padding.Top, cell, Bold with { Color = shade.Text }, TextAlignment.Center);
            Stacked(context, band.Range, x, below, cell, scoreStyle with { Color = shade.Text }, TextAlignment.Center);
        }
    }

    /// <summary>A cell's fill, inset by half the white rule on every side.</summary>
    private static void Fill(ICanvas canvas, double x, double y, double width, double height, string color) =>
        canvas.FillRectangle(x + (Gap / 2), y + (Gap / 2), width - Gap, height - Gap, color);

    /// <summary>Text at the top of what is left of a cell, inside its padding; returns where the next text starts.</summary>
    private double Stacked(DrawContext context, string text, double x, double y, double width, TextStyle style, TextAlignment alignment)
    {
        var inner = width - Padding.Left - Padding.Right;
        var paragraph = Paragraph(text, style, alignment);
        var plan = paragraph.Measure(new Size(inner, double.MaxValue));
        paragraph.Draw(context, new Area(x + Padding.Left, y, inner, plan.Height));
        return y + plan.Height;
    }

    /// <summary>Text centred in a box, wrapping if it must.</summary>
    private void Centred(DrawContext context, string text, double x, double y, double width, double height, TextStyle style)
    {
        var paragraph = Paragraph(text, style, TextAlignment.Center);
        var plan = paragraph.Measure(new Size(width - 4, double.MaxValue));
        paragraph.Draw(context, new Area(x + 2, y + ((height - plan.Height) / 2), width - 4, plan.Height));
    }

    /// <summary>The likelihood title, turned to read bottom to top, centred on the grid's height.</summary>
    private void AxisTitle(ICanvas canvas, string text, double x, double y, double height, TextStyle style)
    {
        var x0 = x + (AxisWidth / 2) + (style.Size * 0.35);
        var runs = fonts.Shape(text, style);
        var width = runs.Sum(r => r.Face.ToPoints(r.Advance, style.Size));
        var pen = y + ((height + width) / 2);
        foreach (var run in runs)
        {
            canvas.DrawText(new TextDraw(run, 0, run.Glyphs.Count, style.Size, style.Color, x0, pen, Rotated: true) { Bold = style.Bold });
            pen -= run.Face.ToPoints(run.Advance, style.Size);
        }
    }
}
