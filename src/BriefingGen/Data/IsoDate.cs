namespace BriefingGen.Data;

/// <summary>
/// A calendar day written YYYY-MM-DD, the one way data, schemas and papers write a date, read
/// digit by digit. <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, System.Globalization.DateTimeStyles, out DateOnly)"/>
/// matches a format through the culture's collation, and the first such match in a process
/// builds an ICU collator: several milliseconds of a command that takes a few dozen.
/// </summary>
public static class IsoDate
{
    /// <summary>True, with the day, when <paramref name="text"/> is exactly YYYY-MM-DD and names a day that exists.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
