using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>How numbers, strings and colours are written in PDF syntax (ISO 32000-1 §7.3), always culture-invariant.</summary>
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

    /// <summary>A text string as UTF-16BE with a byte-order mark, in hex: safe for any characters (§7.9.2.2).</summary>
    public static string TextString(string text)
    {
        var sb = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text))
        {
            sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return sb.Append('>').ToString();
    }

    /// <summary>An ASCII string literal with (, ) and \ escaped (§7.3.4.2); for URIs and dates.</summary>
    public static string AsciiString(string text)
    {
        var sb = new StringBuilder("(");
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c is >= ' ' and < (char)127 ? c : '?');
        }

        return sb.Append(')').ToString();
    }

    /// <summary>An RRGGBB colour as its three components, each from 0 to 1.</summary>
    public static (double Red, double Green, double Blue) Rgb(string hex)
    {
        double Component(int i) => int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return (Component(0), Component(2), Component(4));
    }

    /// <summary>A date in PDF form (§7.9.4): D:YYYYMMDDHHmmSSZ.</summary>
    public static string Date(DateOnly date) => $"D:{date:yyyyMMdd}000000Z";
}
