using System.Globalization;

namespace BriefingGen.Pdf.Writing;

/// <summary>How numbers and colours are written in PDF syntax (ISO 32000-1 §7.3), always culture-invariant; strings and the rest are <see cref="Objects.PdfObject"/>s.</summary>
internal static class PdfFormat
{
    /// <summary>A real number with at most three decimals and no trailing zeros.</summary>
    public static string Number(double value) => Rounded(value).ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>The format of <see cref="Number"/>.</summary>
    public const string NumberFormat = "0.###";

    /// <summary>A number rounded as PDF numbers are written, with no negative zero.</summary>
    public static double Rounded(double value)
    {
        var rounded = Math.Round(value, 3);
        return rounded == 0 ? 0 : rounded;
    }

    /// <summary>An RRGGBB colour as its three components, each from 0 to 1.</summary>
    public static (double Red, double Green, double Blue) Rgb(string hex)
    {
        double Component(int i) => int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return (Component(0), Component(2), Component(4));
    }
}
