using BriefingGen.Model;
using BriefingGen.Pdf.Writing;
using BriefingGen.Theming;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// The 5 × 5 risk matrix, drawn as the Word renderer draws it: likelihood rising up the side with
/// its title turned on end, impact along the bottom, cells shaded by the band of likelihood × impact
/// and holding the ids of their risks, white rules between cells. It never splits.
/// </summary>
internal sealed class RiskMatrixElement(RiskMatrix matrix, Theme theme, FontBook fonts, TextLayouter layouter, TextStyle labelStyle) : Element
{
    private const double AxisWidth = 22;
    private const double NumberWidth = 20;
    private const double RowHeight = 30;
    private const double LabelRowHeight = 18;
    private const double Gap = 1.5;
    private bool _done;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }

        var height = (RiskMatrix.Size * RowHeight) + (2 * LabelRowHeight);
        return height <= available.Height + 0.01 ? SpacePlan.Full(height) : SpacePlan.Wrap;
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, Area area)
    {
        var canvas = context.Canvas;
        var cell = Math.Min(70, (area.Width - AxisWidth - NumberWidth) / RiskMatrix.Size);
        var left = area.X + AxisWidth + NumberWidth;
        var bold = labelStyle with { Bold = true };

        // The axis title comes first, as in the Word table, so both read in the same order.
        AxisTitle(canvas, matrix.LikelihoodLabel, area.X, area.Y, RiskMatrix.Size * RowHeight, bold);
        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            var top = area.Y + ((RiskMatrix.Size - likelihood) * RowHeight);
            Label(context, likelihood.ToString(System.Globalization.CultureInfo.InvariantCulture), area.X + AxisWidth, top, NumberWidth, RowHeight, labelStyle);
            for (var impact = 1; impact <= RiskMatrix.Size; impact++)
            {
                var shade = theme.Shades.TryGetValue("risk-" + RiskBands.Of(likelihood * impact), out var s) ? s : new Shade("EEEEEE", theme.Colors.Text);
                var x = left + ((impact - 1) * cell);
                canvas.FillRectangle(x + (Gap / 2), top + (Gap / 2), cell - Gap, RowHeight - Gap, shade.Fill);
                var ids = string.Join(", ", matrix.Risks.Where(r => r.Likelihood == likelihood && r.Impact == impact).Select(r => r.Id));
                if (ids.Length > 0)
                {
                    Label(context, ids, x, top, cell, RowHeight, bold with { Color = shade.Text });
                }
            }
        }

        var numbersTop = area.Y + (RiskMatrix.Size * RowHeight);
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
        var plan = paragraph.Measure(new Size(width - 4, height + 100));
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
            canvas.DrawText(new TextDraw(run, 0, run.Glyphs.Count, style.Size, style.Color, x0, pen, Rotated: true));
            pen -= run.Face.ToPoints(run.Advance, style.Size);
        }
    }
}
