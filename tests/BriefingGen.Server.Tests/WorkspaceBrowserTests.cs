using System.Text.RegularExpressions;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Server.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;

namespace BriefingGen.Server.Tests;

/// <summary>The workspace in a real Chromium, used as a person would: typing, reading problems, paging, downloading.</summary>
public sealed class WorkspaceBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>A risk whose description fills about a page, so the paper gains a page when it becomes valid.</summary>
    private static readonly string LongRisk = "  - id: R9\n    title: Ice-class tanker grounding near Vardø\n    likelihood: 9\n    impact: 5\n    description: >-\n"
        + string.Concat(Enumerable.Repeat("      A loaded tanker on the Northern Sea Route grounds in winter darkness, with oil under ice that no vessel in the region can recover.\n", 28));

    [Fact]
    public async Task A_bad_likelihood_is_reported_at_its_line_and_column_and_fixing_it_updates_the_pages()
    {
        var page = await browser.OpenAsync(1280);
        var before = await PageCountAsync(page);
        var text = RunningServer.Sample.Replace("risks:\n", "risks:\n" + LongRisk, StringComparison.Ordinal);
        var offset = text.IndexOf("likelihood: 9", StringComparison.Ordinal) + "likelihood: ".Length;
        var line = text[..offset].Count(c => c == '\n') + 1;
        var column = offset - text.LastIndexOf('\n', offset - 1);

        await page.Locator("#data").FillAsync(text);
        var diagnostic = page.Locator(".diagnostic.error").First;
        await Assertions.Expect(diagnostic.Locator(".where")).ToHaveTextAsync($"{line}:{column}");
        await Assertions.Expect(diagnostic).ToContainTextAsync("likelihood");
        await Assertions.Expect(page.Locator($"#gutter > div:nth-child({line})")).ToHaveClassAsync("error");
        await Assertions.Expect(page.Locator("#stale")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".download").First.IsDisabledAsync());

        await diagnostic.ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "workspace-problem-1280.png") });
        Assert.Equal(offset, await page.Locator("#data").EvaluateAsync<int>("t => t.selectionStart"));
        Assert.Equal("data", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("5");
        await Assertions.Expect(page.Locator("#check")).ToHaveTextAsync("Valid");
        await Assertions.Expect(page.Locator("#problems-summary")).ToHaveTextAsync("No problems.");
        await Assertions.Expect(page.Locator("#stale")).ToBeHiddenAsync();

        // The pages shown are the PDF's: as many, and the new risk is on them.
        var after = await PageCountAsync(page);
        var pdf = await DownloadAsync(page, "pdf");
        Assert.Equal(before + 1, after);
        Assert.Equal(after, int.Parse(PdfTools.Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(after, await page.Locator("#pages img.page").CountAsync());
        Assert.Contains("Ice-class tanker grounding near Vardø", PdfTools.Text(pdf), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#page-count")).ToHaveTextAsync($"of {after}");
    }

    [Fact]
    public async Task The_word_and_pdf_downloads_are_valid_files_named_after_the_title()
    {
        var page = await browser.OpenAsync(1280);

        var docx = await DownloadAsync(page, "docx");
        var pdf = await DownloadAsync(page, "pdf");

        Assert.Equal("norways-policy-towards-russia.docx", Path.GetFileName(docx));
        Assert.Equal("norways-policy-towards-russia.pdf", Path.GetFileName(pdf));
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word));
        }

        var (exit, output, error) = PdfTools.Run("qpdf", "--check", pdf);
        Assert.True(exit == 0, output + error);
    }

    [Theory]
    [InlineData(360, 780)]
    [InlineData(1280, 800)]
    public async Task The_workspace_fits_its_width_passes_axe_and_is_kept_as_a_screenshot(int width, int height)
    {
        var page = await browser.OpenAsync(width, height);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"workspace-{width}.png") });

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await page.EvaluateAsync(await File.ReadAllTextAsync(BrowserFixture.AxeScript));
        var violations = await page.EvaluateAsync<string[]>("async () => (await axe.run(document)).violations.map(v => `${v.impact}: ${v.id}: ${v.help}: ${v.nodes.map(n => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).join('; ')}`)");
        var serious = violations.Where(v => v.StartsWith("serious", StringComparison.Ordinal) || v.StartsWith("critical", StringComparison.Ordinal)).ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await File.WriteAllLinesAsync(Path.Combine(BrowserFixture.Artifacts, $"axe-{width}.txt"), violations);
    }

    [Fact]
    public async Task Every_control_is_reached_with_the_keyboard_and_pages_turn()
    {
        var page = await browser.OpenAsync(1280);
        var reached = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.dataset.output || document.activeElement.className"));
        }

        Assert.Superset(new HashSet<string> { "template", "docx", "pdf", "md", "format", "reset", "data", "page", "next", "zoom", "zoom-in", "zoom-out", "pages" }, reached.ToHashSet());

        await page.Locator("#next").ClickAsync();
        await Assertions.Expect(page.Locator("#page")).ToHaveValueAsync("2");
        await page.Locator("#pages").FocusAsync();
        await page.Keyboard.PressAsync("PageDown");
        await Assertions.Expect(page.Locator("#page")).ToHaveValueAsync("3");
        var fitted = await page.Locator("#pages img.page").First.GetAttributeAsync("width");
        await page.Locator("#zoom-in").ClickAsync();
        Assert.NotEqual(fitted, await page.Locator("#pages img.page").First.GetAttributeAsync("width"));
    }

    [Fact]
    public async Task A_service_with_a_key_asks_for_it_once_and_then_works()
    {
        await using var keyed = await RunningServer.StartAsync(new ServerOptions { ApiKey = "k-0123456789" });
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 400, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(keyed.Server.Address.ToString());
        await Assertions.Expect(page.Locator("#key-dialog")).ToBeVisibleAsync();
        await page.Locator("#key").FillAsync("k-0123456789");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#check")).ToHaveTextAsync("Valid");
        await Assertions.Expect(page.Locator("#key-dialog")).ToBeHiddenAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_scripts_helpers_work_on_their_own()
    {
        var page = await browser.OpenAsync(1280);

        var results = await page.EvaluateAsync<string[]>(@"async () => {
            const { offsetOf, lineCount } = await import('/js/editor.js');
            const { fileNameOf } = await import('/js/api.js');
            const { pagesOf } = await import('/js/preview.js');
            const svg = '<svg xmlns=""http://www.w3.org/2000/svg""><svg class=""page"" data-label=""ii"" y=""10"" width=""100"" height=""200""></svg><svg class=""page"" data-label=""1"" width=""100"" height=""200""></svg></svg>';
            const pages = pagesOf(svg);
            return [
              String(offsetOf('ab\ncde\nf', 2, 2)), String(offsetOf('ab\ncde', 9, 1)), String(offsetOf('ab\ncde', 2, 99)), String(lineCount('a\n\nb')),
              fileNameOf(""attachment; filename=x.pdf; filename*=UTF-8''n%C3%B8rge.pdf"", 'f'), fileNameOf('attachment; filename=""plain.docx""', 'f'), fileNameOf(null, 'fallback.md'),
              String(pages.length), pages[0].label, String(pages[0].markup.includes(' y=')),
            ];
        }");

        Assert.Equal(["4", "6", "6", "3", "nørge.pdf", "plain.docx", "fallback.md", "2", "ii", "false"], results);
    }

    private static async Task<int> PageCountAsync(IPage page)
    {
        var text = await page.Locator("#page-count").TextContentAsync();
        return int.Parse(Regex.Match(text!, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> DownloadAsync(IPage page, string output)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($".download[data-output={output}]").ClickAsync());
        var path = Path.Combine(BrowserFixture.Artifacts, Guid.NewGuid().ToString("N"), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
