using BriefingGen.Pdf.Drawing;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Components.Charts;

/// <summary>Draws a line series' <see cref="SeriesMarker"/> at a value, filled in the series' colour with a white rim so it stands off the line.</summary>
internal static class ChartMarkers
{
    /// <summary>Draws <paramref name="marker"/> of radius <paramref name="r"/> centred on (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void Draw(ICanvas canvas, SeriesMarker marker, double x, double y, double r, string color)
    {
        var path = marker switch
        {
            SeriesMarker.Circle => new PathData().Circle(x, y, r),
            SeriesMarker.Square => new PathData().Rectangle(x - (r * 0.9), y - (r * 0.9), r * 1.8, r * 1.8),
            SeriesMarker.Triangle => new PathData().MoveTo(x, y - (r * 1.2)).LineTo(x + (r * 1.1), y + (r * 0.8)).LineTo(x - (r * 1.1), y + (r * 0.8)).Close(),
            SeriesMarker.Diamond => new PathData().MoveTo(x, y - (r * 1.25)).LineTo(x + (r * 1.25), y).LineTo(x, y + (r * 1.25)).LineTo(x - (r * 1.25), y).Close(),
            SeriesMarker.Cross => Cross(x, y, r),
            _ => new PathData().Rectangle(x - (r * 1.3), y - (r * 0.5), r * 2.6, r),
        };
        canvas.DrawPath(path, new PathStyle(color, "FFFFFF", 0.75), decorative: false);
    }

    /// <summary>An X made of one closed outline, so it fills like the other shapes.</summary>
    private static PathData Cross(double x, double y, double r)
    {
        var (a, b) = (r * 1.2, r * 0.45);
        return new PathData()
            .MoveTo(x - a, y - a + b).LineTo(x - a + b, y - a).LineTo(x, y - b).LineTo(x + a - b, y - a).LineTo(x + a, y - a + b)
            .LineTo(x + b, y).LineTo(x + a, y + a - b).LineTo(x + a - b, y + a).LineTo(x, y + b).LineTo(x - a + b, y + a)
            .LineTo(x - a, y + a - b).LineTo(x - b, y).Close();
    }
}
