using System.Globalization;

namespace BriefingGen.Pdf.Writing;

/// <summary>How numbers and colours are written in PDF syntax (ISO 32000-1 §7.3), always culture-invariant; strings and the rest are <see cref="Objects.PdfObject"/>s.</summary>
internal static class PdfFormat
{
    /// <summary>A real number with at most three decimals and no trailing zeros.</summary>
    public static string Number(double value) => Rounded(value).ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>The format of <see cref="Number"/>.</summary>
    public const string NumberFormat = "0.###";

    /// <summary>
    /// The largest magnitude written. Readers keep integers in 32 bits (ISO 32000-1 Annex C) and
    /// nothing on a page needs more, so a degenerate drawing (a picture 10⁻³⁰⁰ pixels wide,
    /// scaled up to its box) writes a number at this bound, not one a reader overflows on.
    /// </summary>
    public const double Largest = 999_999_999;

    /// <summary>A number rounded as PDF numbers are written: within ±<see cref="Largest"/> (not a number: 0), with no negative zero.</summary>
    public static double Rounded(double value)
    {
        var rounded = double.IsNaN(value) ? 0 : Math.Round(Math.Clamp(value, -Largest, Largest), 3);
        return rounded == 0 ? 0 : rounded;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="Number"/> does into <paramref name="destination"/>
    /// (at least 32 bytes) and returns the bytes written. Content streams are mostly numbers, and a
    /// custom format string is slow, so numbers are written from their thousandths.
    /// </summary>
    public static int Format(double value, Span<byte> destination)
    {
        var rounded = Rounded(value);
        var thousandths = (long)Math.Round(rounded * 1000);
        var written = 0;
        if (thousandths < 0)
        {
            destination[written++] = (byte)'-';
            thousandths = -thousandths;
        }

        (thousandths / 1000).TryFormat(destination[written..], out var whole, provider: CultureInfo.InvariantCulture);
        written += whole;
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            destination[written++] = (byte)'.';
            var digits = fraction % 10 != 0 ? 3 : fraction % 100 != 0 ? 2 : 1;
            for (int i = 0, divisor = 100; i < digits; i++, divisor /= 10)
            {
                destination[written++] = (byte)('0' + (fraction / divisor % 10));
            }
        }

        return written;
    }

    /// <summary>An RRGGBB colour as its three components, each from 0 to 1.</summary>
    public static (double Red, double Green, double Blue) Rgb(string hex)
    {
        double Component(int i) => int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return (Component(0), Component(2), Component(4));
    }
}
