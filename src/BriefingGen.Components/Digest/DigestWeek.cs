using System.Globalization;
using BriefingGen.Data;

namespace BriefingGen.Components.Digest;

/// <summary>
/// The digest's place in the calendar: its ISO week (<c>2026-W49</c>) from its date when the data
/// does not give one, and its period, Monday to Sunday of that week, when the data gives none.
/// </summary>
internal static class DigestWeek
{
    /// <summary><paramref name="digest"/> with <c>week</c> and <c>period</c> filled in.</summary>
    public static DataMap Fill(DataMap digest)
    {
        if (digest["date"] is not DataScalar dateValue || DateOf(digest) is not { } date)
        {
            return digest;
        }

        var day = date.ToDateTime(TimeOnly.MinValue);
        if (digest["week"] is null)
        {
            digest = DataBuild.With(digest, "week", DataBuild.Text(dateValue.Location, Name(date)));
        }

        if (digest["period"] is null)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day), DayOfWeek.Monday));
            digest = DataBuild.With(digest, "period", DataBuild.Map(
                dateValue.Location,
                ("from", DataBuild.Text(dateValue.Location, Iso(monday))),
                ("to", DataBuild.Text(dateValue.Location, Iso(Sunday(monday))))));
        }

        return digest;
    }

    /// <summary>
    /// Checks the week and period the data gives: a period that ends before it starts is an error;
    /// a week more than one week from the date's (a digest may come out in the week after the one
    /// it covers, or be written ahead) is warned about, since the snapshot is named after it and
    /// next week's run looks for last week's by that name.
    /// </summary>
    /// <returns>False when the digest cannot be made.</returns>
    public static bool Check(DataMap digest, Diagnostics.DiagnosticBag diagnostics)
    {
        if (digest["period"] is DataMap period && period["from"] is DataScalar from && period["to"] is DataScalar to
            && IsoDate.TryParse(from.Text, out var first) && IsoDate.TryParse(to.Text, out var last) && last < first)
        {
            diagnostics.Error(to.Location, "period.to", $"the period ends on {Iso(last)}, before it starts on {Iso(first)}; give the last day it covers");
            return false;
        }

        if (digest["week"] is DataScalar week && DateOf(digest) is { } date && !NearbyWeeks(date).Contains(week.Text))
        {
            diagnostics.Warning(week.Location, "week", $"the week {week.Text} is more than a week from the digest's date {Iso(date)} ({Name(date)}); the snapshot is named after it, and next week's digest looks for it by that name. Leave week out to have it worked out from the date");
        }

        return true;
    }

    /// <summary>The weeks of <paramref name="date"/>, the day a week before and the day a week after, as far as the calendar goes.</summary>
    private static IEnumerable<string> NearbyWeeks(DateOnly date) =>
        new[] { -7, 0, 7 }.Where(d => date.DayNumber + d >= DateOnly.MinValue.DayNumber && date.DayNumber + d <= DateOnly.MaxValue.DayNumber).Select(d => Name(date.AddDays(d)));

    /// <summary>The day a digest or snapshot is dated (<c>date</c>, YYYY-MM-DD), or null when it has none.</summary>
    public static DateOnly? DateOf(DataMap digest) =>
        digest["date"] is DataScalar date && IsoDate.TryParse(date.Text, out var day) ? day : null;

    /// <summary>The Sunday after <paramref name="monday"/>, or the last day a date can be for the calendar's last week.</summary>
    private static DateOnly Sunday(DateOnly monday) =>
        monday.DayNumber <= DateOnly.MaxValue.DayNumber - 6 ? monday.AddDays(6) : DateOnly.MaxValue;

    /// <summary>The ISO week of <paramref name="date"/>, as <c>2026-W49</c>.</summary>
    public static string Name(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
