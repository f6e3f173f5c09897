using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The 5 × 5 risk matrix, drawn as the Word renderer draws it: likelihood rising up the side with
/// its title turned on end, impact along the bottom, cells shaded by the band of likelihood × impact
/// and holding the ids of their risks, white rules between cells. A row grows when a cell holds
/// more ids than fit its usual height; when the grid would outgrow <paramref name="maxHeight"/> the
/// ids get smaller, and in the last resort a crowded cell shows its first ids and its count (the
/// register lists every risk). It never splits.
/// </summary>
internal sealed class RiskMatrixElement(RiskMatrix matrix, StyleSheet sheet, FontBook fonts, TextLayouter layouter, TextStyle labelStyle, double maxHeight) : Element
{
    private const double AxisWidth = 22;
    private const double NumberWidth = 20;
    private const double RowHeight = 30;
    private const double LabelRowHeight = 18;
    private const double Gap = 1.5;
    private const double SmallestIdSize = 5.5;
    private bool _done;
    private Grid? _grid;

    /// <summary>How the grid is laid out for one width: row heights and how the ids are written.</summary>
    private sealed record Grid(double Width, double[] Heights, TextStyle IdStyle, bool Counted);

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }

        var height = GridFor(available.Width).Heights.Sum() + (2 * LabelRowHeight);
        return height <= available.Height + 0.01 ? SpacePlan.Full(height) : SpacePlan.Wrap;
    }

    private static double CellWidth(double width) => Math.Min(70, (width - AxisWidth - NumberWidth) / RiskMatrix.Size);

    private string CellText(int likelihood, int impact, bool counted)
    {
        var ids = matrix.Risks.Where(r => r.Likelihood == likelihood && r.Impact == impact).Select(r => r.Id).ToList();
        return counted && ids.Count > 3 ? $"{ids[0]}, {ids[1]}, … ({ids.Count})" : string.Join(", ", ids);
    }

    /// <summary>The largest id size, down to <see cref="SmallestIdSize"/>, at which the grid fits; else counts.</summary>
    private Grid GridFor(double width)
    {
        if (_grid is { } grid && grid.Width == width)
        {
            return grid;
        }

        var room = maxHeight - (2 * LabelRowHeight);
        var bold = labelStyle with { Bold = true };
        for (var size = labelStyle.Size; size >= SmallestIdSize; size -= 0.5)
        {
            grid = new Grid(width, RowHeights(width, bold with { Size = size }, counted: false), bold with { Size = size }, Counted: false);
            if (grid.Heights.Sum() <= room)
            {
                return _grid = grid;
            }
        }

        return _grid = new Grid(width, RowHeights(width, bold, counted: true), bold, Counted: true);
    }

    /// <summary>The height of each row, likelihood 5 at the top down to 1.</summary>
    private double[] RowHeights(double width, TextStyle idStyle, bool counted)
    {
        var cell = CellWidth(width);
        var heights = new double[RiskMatrix.Size];
        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var tallest = Enumerable.Range(1, RiskMatrix.Size).Max(impact => LabelHeight(CellText(likelihood, impact, counted), cell, idStyle));
            heights[RiskMatrix.Size - likelihood] = Math.Max(RowHeight, tallest + 8);
        }

        return heights;
    }

    private double LabelHeight(string text, double width, TextStyle style) =>
        text.Length == 0 ? 0 : new ParagraphElement([new TextSpan(text, style)], layouter, style).Measure(new Size(width - 4, double.MaxValue)).Height;

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var canvas = context.Canvas;
        var cell = CellWidth(area.Width);
        var left = area.X + AxisWidth + NumberWidth;
        var bold = labelStyle with { Bold = true };
        var grid = GridFor(area.Width);
        var heights = grid.Heights;

        // The axis title comes first, as in the Word table, so both read in the same order.
        AxisTitle(canvas, matrix.LikelihoodLabel, area.X, area.Y, heights.Sum(), bold);
        var top = area.Y;
        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var rowHeight = heights[RiskMatrix.Size - likelihood];
            Label(context, likelihood.ToString(System.Globalization.CultureInfo.InvariantCulture), area.X + AxisWidth, top, NumberWidth, rowHeight, labelStyle);
            for (var impact = 1; impact <= RiskMatrix.Size; impact++)
            {
                var shade = sheet.Shade("risk-" + RiskBands.Of(likelihood * impact)) ?? new Shade("EEEEEE", sheet.Colors.Text);
                var x = left + ((impact - 1) * cell);
                canvas.FillRectangle(x + (Gap / 2), top + (Gap / 2), cell - Gap, rowHeight - Gap, shade.Fill);
                var ids = CellText(likelihood, impact, grid.Counted);
                if (ids.Length > 0)
                {
                    Label(context, ids, x, top, cell, rowHeight, grid.IdStyle with { Color = shade.Text });
                }
            }

            top += rowHeight;
        }

        var numbersTop = top;
        for (var impact = 1; impact <= RiskMatrix.Size; impact++)
        {
            Label(context, impact.ToString(System.Globalization.CultureInfo.InvariantCulture), left + ((impact - 1) * cell), numbersTop, cell, LabelRowHeight, labelStyle);
        }

        Label(context, matrix.ImpactLabel, left, numbersTop + LabelRowHeight, cell * RiskMatrix.Size, LabelRowHeight, bold);
        _done = true;
    }

    /// <summary>Text centred in a box, wrapping if it must.</summary>
    private void Label(DrawContext context, string text, double x, double y, double width, double height, TextStyle style)
    {
        var paragraph = new ParagraphElement([new TextSpan(text, style)], layouter, style) { Alignment = TextAlignment.Center };
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
