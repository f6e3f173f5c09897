using System.Globalization;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Names the graphics-state parameter dictionaries (ISO 32000-1 §8.4.5) that set a fill and a
/// stroke opacity (<c>ca</c>, <c>CA</c>). The name is made from the two values, rounded to a
/// thousandth, so the page content and the resources agree without passing a table between them,
/// and the same opacities always get the same name.
/// </summary>
internal static class PdfOpacity
{
    /// <summary>The two opacities in thousandths, as the key of one dictionary.</summary>
    public static (int Fill, int Stroke) Key(double fill, double stroke) =>
        ((int)Math.Round(Math.Clamp(fill, 0, 1) * 1000), (int)Math.Round(Math.Clamp(stroke, 0, 1) * 1000));

    /// <summary>The resource name of the dictionary for <paramref name="key"/>.</summary>
    public static string Name((int Fill, int Stroke) key) =>
        string.Create(CultureInfo.InvariantCulture, $"Op{key.Fill}s{key.Stroke}");
}
