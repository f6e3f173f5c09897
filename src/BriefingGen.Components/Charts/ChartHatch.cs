using BriefingGen.Pdf.Writing;

namespace BriefingGen.Components.Charts;

/// <summary>
/// Draws a <see cref="SeriesPattern"/> as thin white lines over a bar, each line cut to the bar's
/// rectangle by arithmetic (the canvas has no clipping), spaced as Word's "wide" hatch patterns are.
/// </summary>
internal static class ChartHatch
{
    private const double Spacing = 4;
    private const double LineWidth = 0.9;
    private const string White = "FFFFFF";

    /// <summary>Hatches the rectangle at (<paramref name="x"/>, <paramref name="y"/>) with <paramref name="pattern"/>.</summary>
    public static void Draw(ICanvas canvas, SeriesPattern pattern, double x, double y, double width, double height)
    {
        var (right, bottom) = (x + width, y + height);
        if (pattern is SeriesPattern.UpDiagonal or SeriesPattern.Cross)
        {
            // Lines x + y = c, rising to the right on the page.
            for (var c = x + y + Spacing; c < right + bottom; c += Spacing * 1.4)
            {
                var (from, to) = (Math.Max(x, c - bottom), Math.Min(right, c - y));
                if (to > from)
                {
                    canvas.DrawLine(from, c - from, to, c - to, LineWidth, White);
                }
            }
        }

        if (pattern is SeriesPattern.DownDiagonal or SeriesPattern.Cross)
        {
            // Lines y − x = c, falling to the right.
            for (var c = y - right + Spacing; c < bottom - x; c += Spacing * 1.4)
            {
                var (from, to) = (Math.Max(x, y - c), Math.Min(right, bottom - c));
                if (to > from)
                {
                    canvas.DrawLine(from, from + c, to, to + c, LineWidth, White);
                }
            }
        }

        if (pattern == SeriesPattern.Horizontal)
        {
            for (var line = bottom - Spacing; line > y; line -= Spacing)
            {
                canvas.DrawLine(x, line, right, line, LineWidth, White);
            }
        }

        if (pattern == SeriesPattern.Vertical)
        {
            for (var line = x + Spacing; line < right; line += Spacing)
            {
                canvas.DrawLine(line, y, line, bottom, LineWidth, White);
            }
        }
    }
}
