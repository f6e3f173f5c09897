using System.Globalization;
using BriefingGen.Data;
using Humanizer;

namespace BriefingGen.Compose.Functions;

/// <summary>
/// Dates and numbers in the document's culture (<c>long_date</c>, <c>number</c>,
/// <c>number_words</c>, <c>ordinal_words</c>, <c>is_date</c>) and web addresses for print
/// (<c>short_url</c>). A formatted value keeps the origin of
/// the data value it was made from.
/// </summary>
internal static class FormattingFunctions
{
    /// <summary>The largest number Humanizer writes in words without trouble in every language we ship.</summary>
    private const long MaxWords = 999_999_999_999_999;

    /// <summary>The functions, for registration.</summary>
    public static IEnumerable<TemplateFunction> All() =>
    [
        new("long_date", 1, 1, LongDate),
        new("number", 1, 1, call => call.Derived(Number(call), call.Argument(0))),
        new("number_words", 1, 1, call => call.Derived(NumberWords(call), call.Argument(0))),
        new("ordinal_words", 1, 1, call => call.Derived(OrdinalWords(call), call.Argument(0))),
        new("is_date", 1, 1, call => call.Argument(0) is string s && IsoDate.TryParse(s, out _)),
        new("short_url", 1, 1, call => call.Derived(ShortUrl.Of(call.Text(0)), call.Argument(0))),
    ];

    /// <summary>A date written YYYY-MM-DD in the document's long form: "5 October 2026", "5. oktober 2026".</summary>
    private static object LongDate(TemplateCall call)
    {
        var text = call.Text(0);
        if (!IsoDate.TryParse(text, out var date))
        {
            throw call.Error($"long_date expects a date as YYYY-MM-DD, got \"{text}\"");
        }

        var pattern = call.Label("long_date_format", "d MMMM yyyy");
        return call.Derived(Format(date, pattern, call.Culture), call.Argument(0), Model.ValueDisplay.Date(pattern));
    }

    /// <summary>
    /// Formats in the culture's calendar: a paper's culture has the Gregorian one (see
    /// <see cref="Typography.DocumentCulture"/>); a culture given with another calendar that cannot
    /// hold the date (an Umm al-Qura calendar ends in 2077) writes it in the Gregorian calendar.
    /// </summary>
    internal static string Format(DateOnly date, string pattern, CultureInfo culture)
    {
        try
        {
            return date.ToString(pattern, culture);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or FormatException)
        {
            try
            {
                return date.ToString(pattern, Typography.DocumentCulture.Get(culture.Name));
            }
            catch (FormatException)
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
    }

    private static string Number(TemplateCall call) => call.Argument(0) switch
    {
        long l => l.ToString("#,0", call.Culture),
        int i => i.ToString("#,0", call.Culture),
        double d when double.IsFinite(d) => call.Text(call.Argument(0)),
        var other => throw call.Error($"number expects a number, got \"{call.Text(other)}\""),
    };

    private static string NumberWords(TemplateCall call)
    {
        var value = call.Whole(call.Argument(0), "number_words's argument");
        return Math.Abs(value) <= MaxWords && value != long.MinValue
            ? value.ToWords(call.Culture)
            : throw call.Error($"number_words writes whole numbers up to {MaxWords:N0} either side of zero, got {value}");
    }

    private static string OrdinalWords(TemplateCall call)
    {
        var value = call.Whole(call.Argument(0), "ordinal_words's argument");
        return value is >= 0 and <= int.MaxValue
            ? ((int)value).ToOrdinalWords(call.Culture)
            : throw call.Error($"ordinal_words writes whole numbers from 0 to {int.MaxValue:N0}, got {value}");
    }
}
