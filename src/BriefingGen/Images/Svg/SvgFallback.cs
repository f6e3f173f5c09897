namespace BriefingGen.Images.Svg;

/// <summary>
/// The PNG picture that stands in for an SVG one where SVG cannot be shown (Word before 2016,
/// LibreOffice's import, mail programs): the drawing rasterized at print resolution for the size it
/// is shown at, capped so that a page-sized logo does not make a huge file.
/// </summary>
internal static class SvgFallback
{
    /// <summary>Pixels per inch of the fallback at its displayed size.</summary>
    public const double Dpi = 300;

    /// <summary>Most pixels along either side of the fallback.</summary>
    public const int MaxSide = 3000;

    /// <summary>The PNG of <paramref name="drawing"/> shown <paramref name="inchesWide"/> × <paramref name="inchesHigh"/>, and its size in pixels.</summary>
    public static (byte[] Png, int Width, int Height) Png(VectorDrawing drawing, double inchesWide, double inchesHigh)
    {
        var width = Math.Max(1.0, inchesWide * Dpi);
        var height = Math.Max(1.0, inchesHigh * Dpi);
        var shrink = Math.Min(1, MaxSide / Math.Max(width, height));
        var (w, h) = (Math.Max(1, (int)Math.Round(width * shrink)), Math.Max(1, (int)Math.Round(height * shrink)));
        return (PngWriter.Write(SvgRasterizer.Render(drawing, w, h), w, h), w, h);
    }
}
