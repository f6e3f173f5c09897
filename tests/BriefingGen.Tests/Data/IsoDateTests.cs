using System.Globalization;
using BriefingGen.Data;

namespace BriefingGen.Tests.Data;

/// <summary>Dates read digit by digit agree with .NET's own exact parse of YYYY-MM-DD.</summary>
public class IsoDateTests
{
    [Theory]
    [InlineData("2026-10-05", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-04-31", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("10000-01-01", false)]
    [InlineData("2026-1-05", false)]
    [InlineData(" 2026-10-05", false)]
    [InlineData("2026-10-05 ", false)]
    [InlineData("2026/10/05", false)]
    [InlineData("2026-10-0x", false)]
    [InlineData("２０２６-10-05", false)]
    [InlineData("", false)]
    public void Only_an_exact_YYYY_MM_DD_that_names_a_day_is_a_date(string text, bool expected)
    {
        Assert.Equal(expected, IsoDate.TryParse(text, out var date));
        var dotnet = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var theirs);
        Assert.Equal(dotnet, expected);
        Assert.Equal(theirs, date);
    }

    [Theory]
    [InlineData("2026-02-29", "February 2026 has 28 days")]
    [InlineData("2026-04-00", "there is no day 0")]
    [InlineData("2026-04-31", "April 2026 has 30 days")]
    [InlineData("2026-13-01", "there is no month 13")]
    [InlineData("2026-10-05", null)]
    [InlineData("5 October", null)]
    [InlineData("0000-01-01", null)]
    public void Text_shaped_like_a_date_that_names_no_day_says_why(string text, string? why) =>
        Assert.Equal(why, IsoDate.WhyNoDay(text));

    [Fact]
    public void Every_day_of_a_leap_year_and_the_next_reads_as_itself()
    {
        for (var day = new DateOnly(2024, 1, 1); day < new DateOnly(2026, 1, 1); day = day.AddDays(1))
        {
            Assert.True(IsoDate.TryParse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var read));
            Assert.Equal(day, read);
        }
    }
}
