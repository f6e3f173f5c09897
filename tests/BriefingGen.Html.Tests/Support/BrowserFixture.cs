using BriefingGen.Testing;
using BriefingGen.Testing.Browser;
using Microsoft.Playwright;

namespace BriefingGen.Html.Tests.Support;

/// <summary>One Chromium for the browser tests, and the sample written as a page and as an e-mail for it to open.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots the tests keep, for people to look at.</summary>
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    /// <summary>axe-core, installed by the build from package-lock.json.</summary>
    public static string AxeScript { get; } = Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Html.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>The sample as a page and as an e-mail, by format name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        Files = new Dictionary<string, string>
        {
            ["html"] = Write("norway-russia.html", HtmlOutput.Page(HtmlOutput.Sample)),
            ["html-email"] = Write("norway-russia.email.html", HtmlOutput.Email(HtmlOutput.Sample)),
            ["every-kind"] = Write("every-kind.html", HtmlOutput.Page(ModelSamples.EveryKind())),
        };
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A page <paramref name="width"/> pixels wide showing <paramref name="format"/>'s file.</summary>
    public async Task<IPage> OpenAsync(string format, int width)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Files[format]).AbsoluteUri);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static string Write(string name, string html)
    {
        var path = Path.Combine(Artifacts, name);
        File.WriteAllText(path, html);
        return path;
    }
}
