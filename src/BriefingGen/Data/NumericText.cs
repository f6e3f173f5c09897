using System.Globalization;
using System.Numerics;
using System.Text;

namespace BriefingGen.Data;

/// <summary>
/// Reads the decimal number forms that YAML and JSON allow (<c>-12</c>, <c>1.50</c>, <c>.5</c>,
/// <c>+1e3</c>) without going through <see cref="double"/>, so that two texts compare equal exactly
/// when they name the same number, however long they are.
/// </summary>
internal static class NumericText
{
    /// <summary>
    /// A canonical form of the number <paramref name="text"/> writes: sign, significant digits and a
    /// power of ten (<c>15e-1</c> for <c>1.50</c>), or <c>0</c> for any zero. Two texts name the same
    /// number exactly when their canonical forms are the same string.
    /// </summary>
    public static bool TryCanonicalize(string text, out string canonical)
    {
        canonical = "";
        if (!TrySplit(text, out var negative, out var integer, out var fraction, out var exponent))
        {
            return false;
        }

        var digits = (integer + fraction).TrimStart('0');
        if (digits.Length == 0)
        {
            canonical = "0";
            return true;
        }

        var trimmed = digits.TrimEnd('0');
        var power = exponent - fraction.Length + (digits.Length - trimmed.Length);
        canonical = (negative ? "-" : "") + trimmed + "e" + power.ToString(CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// The number rewritten in JSON's stricter grammar (no leading <c>+</c>, no leading zeros, digits on
    /// both sides of the point), keeping it a whole number when it was written as one.
    /// </summary>
    public static bool TryToJson(string text, out string json)
    {
        json = "";
        if (!TrySplit(text, out var negative, out var integer, out var fraction, out _))
        {
            return false;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var e = text.IndexOfAny(['e', 'E']);
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        var whole = integer.TrimStart('0');
        sb.Append(whole.Length == 0 ? "0" : whole);
        if (point >= 0)
        {
            sb.Append('.').Append(fraction.Length == 0 ? "0" : fraction);
        }

        if (e >= 0)
        {
            sb.Append(text.AsSpan(e));
        }

        json = sb.ToString();
        return true;
    }

    /// <summary>Splits <c>[-+]?(digits)(.digits?)?([eE][-+]?digits)?</c>, with at least one digit before the exponent.</summary>
    private static bool TrySplit(string text, out bool negative, out string integer, out string fraction, out BigInteger exponent)
    {
        negative = false;
        integer = fraction = "";
        exponent = BigInteger.Zero;
        var i = 0;
        if (i < text.Length && text[i] is '-' or '+')
        {
            negative = text[i] == '-';
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        integer = text[start..i];
        if (i < text.Length && text[i] == '.')
        {
            start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            fraction = text[start..i];
        }

        if (integer.Length + fraction.Length == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            var expStart = i;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            var digitsStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == digitsStart)
            {
                return false;
            }

            exponent = BigInteger.Parse(text.AsSpan(expStart, i - expStart), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        return i == text.Length;
    }
}
