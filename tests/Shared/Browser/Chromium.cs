using System.Text.Json;
using Microsoft.Playwright;

namespace BriefingGen.Testing.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (whose own browser download is not used), and axe-core
/// injected into a page to judge its accessibility. Any test project with Microsoft.Playwright and
/// axe-core in its node_modules can use it.
/// </summary>
internal static class Chromium
{
    /// <summary>Where Debian's package puts Chromium.</summary>
    public const string Path = "/usr/bin/chromium";

    /// <summary>Flags that keep the browser off the network and quiet.</summary>
    public static readonly string[] Flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>
    /// How long an expectation waits for the page. Playwright's 5 s default is shorter than a first
    /// preview takes on a loaded two-core CI machine, where the service lays out pages while the
    /// browser and the test runner share the cores.
    /// </summary>
    public static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Launches the browser, and sets how long expectations wait.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assertions.SetDefaultExpectTimeout((float)ExpectTimeout.TotalMilliseconds);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true, Args = Flags });
    }

    /// <summary>The violations axe-core finds on <paramref name="page"/> at <paramref name="impacts"/> (e.g. serious, critical), each as "rule: target…".</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page, string axeScript, params string[] impacts)
    {
        // Evaluated rather than added as a script tag, so a page whose Content-Security-Policy forbids inline script can still be checked.
        await page.EvaluateAsync(File.ReadAllText(axeScript));
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) }))");
        return json.EnumerateArray()
            .Where(v => impacts.Contains(v.GetProperty("impact").GetString()))
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()).Take(5))}")
            .ToList();
    }
}
