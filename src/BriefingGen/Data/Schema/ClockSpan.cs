namespace BriefingGen.Data.Schema;

/// <summary>
/// The <c>time-span</c> format: a time of day as HH:MM (24-hour), or a span HH:MM–HH:MM whose end
/// comes after its start — a meeting from 12:00 to 11:00 is a typing mistake a pattern cannot see.
/// The span takes an en dash, as it is printed; a hyphen is accepted for keyboards without one.
/// </summary>
internal static class ClockSpan
{
    /// <summary>What is wrong with <paramref name="text"/> as a time or span, or null when it is one.</summary>
    public static string? Problem(string text)
    {
        var dash = text.IndexOfAny(['–', '-']);
        if (dash < 0)
        {
            return Minutes(text) is null ? "not a time of day" : null;
        }

        var start = Minutes(text[..dash]);
        var end = Minutes(text[(dash + 1)..]);
        if (start is null || end is null)
        {
            return start is null ? "its start is not a time of day" : "its end is not a time of day";
        }

        return end <= start ? "the span ends before it starts" : null;
    }

    /// <summary>Minutes since midnight for "HH:MM" (00:00–23:59), else null.</summary>
    private static int? Minutes(string text)
    {
        if (text.Length != 5 || text[2] != ':' || !IsDigits(text, 0) || !IsDigits(text, 3))
        {
            return null;
        }

        var hours = ((text[0] - '0') * 10) + (text[1] - '0');
        var minutes = ((text[3] - '0') * 10) + (text[4] - '0');
        return hours < 24 && minutes < 60 ? (hours * 60) + minutes : null;
    }

    private static bool IsDigits(string text, int at) => char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]);
}
