using System.Globalization;

namespace BriefingGen.Styling;

/// <summary>Colour arithmetic from WCAG 2.1: relative luminance and the contrast ratio of two colours.</summary>
public static class Contrast
{
    /// <summary>The contrast ratio of two RRGGBB colours, from 1 (none) to 21 (black on white).</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Relative luminance (WCAG 2.1 §1.4.3), 0 for black to 1 for white.</summary>
    public static double Luminance(string rgb)
    {
        double Channel(int offset)
        {
            var v = int.Parse(rgb.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    /// <summary>The grey a colour prints as in greyscale, 0–255, by its luminance.</summary>
    public static double Grey(string rgb) => Math.Pow(Luminance(rgb), 1 / 2.2) * 255;
}
