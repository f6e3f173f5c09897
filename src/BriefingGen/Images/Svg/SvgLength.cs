namespace BriefingGen.Images.Svg;

/// <summary>Lengths with their units (SVG 1.1 §7.10): px, pt, pc, mm, cm and in become CSS pixels, 96 to the inch.</summary>
internal static class SvgLength
{
    /// <summary>The length in CSS pixels, or null when it is not a length (a percentage, an em, nonsense).</summary>
    public static double? Pixels(string text)
    {
        var numbers = new SvgNumbers(text.AsSpan().Trim());
        if (!numbers.TryNumber(out var value))
        {
            return null;
        }

        double? factor = numbers.Rest().Trim() switch
        {
            "" or "px" => 1,
            "pt" => 96.0 / 72,
            "pc" => 16,
            "mm" => 96 / 25.4,
            "cm" => 96 / 2.54,
            "in" => 96,
            _ => null,
        };
        return value * factor;
    }

    /// <summary>The attribute <paramref name="name"/> of <paramref name="element"/> as a length, <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="UnusableImageException">It is present but not a length in an absolute unit.</exception>
    public static double Read(SvgElement element, string name, double fallback)
    {
        if (element[name] is not { } text)
        {
            return fallback;
        }

        return Pixels(text) ?? throw SvgProblems.BadValue(element, name, text, "a number, optionally in px, pt, pc, mm, cm or in (percentages and em are not supported)");
    }
}
