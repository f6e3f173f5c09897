using System.Globalization;

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
        if (!TryFields(text, out var year, out var month, out var day) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// For text in the form YYYY-MM-DD that names no day ("2026-02-29"), why not ("February
    /// 2026 has 28 days", "there is no month 13", "there is no day 0"); null for a real day or text of another form.
    /// </summary>
    public static string? WhyNoDay(ReadOnlySpan<char> text)
    {
        if (!TryFields(text, out var year, out var month, out var day))
        {
            return null;
        }

        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"there is no month {month}");
        }

        if (day < 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"there is no day {day}");
        }

        var days = DateTime.DaysInMonth(year, month);
        return day <= days ? null : string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days");
    }

    /// <summary>The year, month and day of text shaped YYYY-MM-DD, digits only and a year from 1; the month and day unchecked.</summary>
    private static bool TryFields(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        month = day = 0;
        year = 0;
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out year) && TryDigits(text.Slice(5, 2), out month) && TryDigits(text.Slice(8, 2), out day)
            && year >= 1;
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
