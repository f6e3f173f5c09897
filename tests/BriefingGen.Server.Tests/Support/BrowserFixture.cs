using BriefingGen.Testing.Browser;
using Microsoft.Playwright;

namespace BriefingGen.Server.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, launched once for the browser tests, with the workspace
/// served by a real service. Playwright's own browser download is not used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The service the pages come from.</summary>
    internal RunningServer Service { get; private set; } = null!;

    /// <summary>axe-core, installed by the build from the project's package-lock.json.</summary>
    public static string AxeScript { get; } = Path.Combine(Testing.RepositoryPaths.Root, "tests", "BriefingGen.Server.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Screenshots and downloads the tests keep, for people to look at.</summary>
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        Service = await RunningServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh page of the workspace, <paramref name="width"/> pixels wide, loaded with its example and checked.</summary>
    public async Task<IPage> OpenAsync(int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(Service.Server.Address.ToString());
        await Assertions.Expect(page.Locator("#check")).ToHaveTextAsync("Valid");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }
    }
}
