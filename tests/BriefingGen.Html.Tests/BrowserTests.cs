using BriefingGen.Html.Tests.Support;
using BriefingGen.Testing.Browser;

namespace BriefingGen.Html.Tests;

/// <summary>
/// The page and the e-mail in a real Chromium: they fit a 600 px and a 375 px screen without
/// scrolling sideways, pass axe-core with no serious or critical violation, and are kept as
/// screenshots for people to look at.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("html", 600)]
    [InlineData("html", 375)]
    [InlineData("html-email", 600)]
    [InlineData("html-email", 375)]
    [InlineData("every-kind", 375)]
    public async Task It_fits_its_width_passes_axe_and_is_kept_as_a_screenshot(string format, int width)
    {
        var page = await browser.OpenAsync(format, width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"{format}-{width}.png"), FullPage = true });

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the {format} is {scrollWidth} px wide on a {width} px screen");
        var violations = await Chromium.AxeViolationsAsync(page, BrowserFixture.AxeScript, "serious", "critical");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_browser_reads_an_outline_without_gaps_and_every_header_cell_with_its_scope()
    {
        var page = await browser.OpenAsync("html", 1024);
        var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('thead th')].filter(th => !th.getAttribute('scope')).length"));
        Assert.Equal("en-GB", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.styleSheets.length"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_e_mail_shows_its_content_600_pixels_wide_on_a_wide_screen()
    {
        var page = await browser.OpenAsync("html-email", 1024);
        var width = await page.EvaluateAsync<double>("() => document.querySelector('table[width=\"600\"]').getBoundingClientRect().width");
        Assert.Equal(600, width);
        await page.Context.CloseAsync();
    }
}
