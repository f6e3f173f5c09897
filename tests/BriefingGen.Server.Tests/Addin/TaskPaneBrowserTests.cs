using System.Text.Json;
using BriefingGen.Server.Tests.Support;
using BriefingGen.Word.Binding;
using BriefingGen.Word.Reading;
using BriefingGen.Word.Tests.Binding;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;

namespace BriefingGen.Server.Tests.Addin;

/// <summary>
/// The task pane in a real Chromium, as Word shows it: Office.js's CDN request is answered by a
/// recording stand-in for Word (office-stub.js), so what the pane asks of Word — the file it
/// inserts, the document it reads — is checked byte for byte.
/// </summary>
public sealed class TaskPaneBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The width Word gives a task pane by default, in CSS pixels.</summary>
    private const int PaneWidth = 350;

    [Fact]
    public async Task Insert_puts_the_whole_paper_with_its_data_into_the_document()
    {
        var page = await OpenAsync(new { host = "Word", wordApi = "1.5", dataParts = new[] { PaperPart.Namespace } });

        await Assertions.Expect(page.Locator("#word")).ToBeVisibleAsync();
        await page.Locator("#insert").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Inserted the paper in the document.");

        var insert = await LastInsertAsync(page);
        Assert.Equal("document.insertFileFromBase64", insert.GetProperty("call").GetString());
        Assert.Equal("Replace", insert.GetProperty("location").GetString());
        Assert.True(insert.GetProperty("options").GetProperty("importCustomXmlParts").GetBoolean());
        Assert.True(insert.GetProperty("options").GetProperty("importStyles").GetBoolean());
        var docx = Convert.FromBase64String(insert.GetProperty("base64").GetString()!);
        AssertValid(docx);
        var read = PaperExtractor.Extract(new MemoryStream(docx), "inserted.docx");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(BoundPapers.SampleData(), read.Data);
        Assert.Contains(await CallsAsync(page), c => c.GetProperty("call").GetString() == "customXmlPart.deleteAsync");
    }

    [Fact]
    public async Task This_paper_reads_the_edits_made_in_Word_and_Update_sends_the_paper_made_from_them()
    {
        var (_, sample) = BoundPapers.Sample();
        var edited = BoundPapers.Edit(sample, "title", "Norway and Russia in the High North");
        var page = await OpenAsync(new { host = "Word", wordApi = "1.5", file = Convert.ToBase64String(edited) });

        await page.Locator("#tab-this").ClickAsync();
        Assert.True(await page.Locator("#update").IsDisabledAsync());
        await page.Locator("#read").ClickAsync();
        await Assertions.Expect(page.Locator("#changes-summary")).ToHaveTextAsync("1 change since the paper was made:");
        await Assertions.Expect(page.Locator("#change-list li")).ToContainTextAsync("title: ");
        await Assertions.Expect(page.Locator("#change-list li")).ToContainTextAsync("Norway and Russia in the High North");
        Assert.Contains("title: Norway and Russia in the High North", await page.Locator("#data").InputValueAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#check")).ToHaveTextAsync("Valid");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"taskpane-this-paper-{PaneWidth}.png") });

        await page.Locator("#update").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Updated the paper in the document.");

        var docx = Convert.FromBase64String((await LastInsertAsync(page)).GetProperty("base64").GetString()!);
        AssertValid(docx);
        var read = PaperExtractor.Extract(new MemoryStream(docx), "updated.docx");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(BoundPapers.Extract(edited).Data, read.Data);
        Assert.Contains(await CallsAsync(page), c => c.GetProperty("call").GetString() == "file.closeAsync");
    }

    [Fact]
    public async Task A_document_that_is_not_a_paper_is_told_so_and_cannot_be_updated()
    {
        var page = await OpenAsync(new { host = "Word", file = Convert.ToBase64String(BlankDocument()) });

        await page.Locator("#tab-this").ClickAsync();
        await page.Locator("#read").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("The paper's data cannot be read back; each diagnostic says why.");
        await Assertions.Expect(page.Locator(".diagnostic.error")).ToContainTextAsync("carries no data");
        Assert.True(await page.Locator("#update").IsDisabledAsync());
        Assert.DoesNotContain(await CallsAsync(page), c => c.GetProperty("call").GetString()!.Contains("insertFile", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Older_Word_gets_the_text_and_is_told_the_paper_will_not_remember_its_data()
    {
        var page = await OpenAsync(new { host = "Word", wordApi = "1.3" });

        await page.Locator("#insert").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("will not remember it");
        var insert = await LastInsertAsync(page);
        Assert.Equal("body.insertFileFromBase64", insert.GetProperty("call").GetString());
        AssertValid(Convert.FromBase64String(insert.GetProperty("base64").GetString()!));
    }

    [Fact]
    public async Task Outside_Word_the_same_page_is_the_workspace_without_the_Word_actions()
    {
        var outsideOffice = await OpenAsync(new { host = (string?)null });
        var cdnUnreachable = await OpenAsync(null);
        var workspace = await browser.OpenAsync(PaneWidth);

        foreach (var page in new[] { outsideOffice, cdnUnreachable, workspace })
        {
            await Assertions.Expect(page.Locator("#word")).ToBeHiddenAsync();
            Assert.False(await page.Locator(".download").First.IsDisabledAsync());
        }

        Assert.Equal(0, await workspace.EvaluateAsync<int>("() => document.querySelectorAll('script[src*=appsforoffice]').length"));
    }

    [Fact]
    public async Task The_task_pane_fits_its_width_and_passes_axe()
    {
        var page = await OpenAsync(new { host = "Word" });
        await Assertions.Expect(page.Locator("#insert")).ToBeEnabledAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"taskpane-{PaneWidth}.png") });

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the pane scrolls sideways");
        await page.Locator("#tab-new").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("tab-this", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Assertions.Expect(page.Locator("#word-this")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#word-new")).ToBeHiddenAsync();
        var violations = await Testing.Browser.Chromium.AxeViolationsAsync(page, BrowserFixture.AxeScript, "serious", "critical");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>
    /// The task pane in a fresh page <see cref="PaneWidth"/> wide, its example checked, with Word as
    /// <paramref name="setup"/> describes it (see office-stub.js), or Office.js unreachable when null.
    /// </summary>
    private async Task<IPage> OpenAsync(object? setup)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = PaneWidth, Height = 900 } });
        var stub = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Addin", "office-stub.js"));
        await context.RouteAsync("https://appsforoffice.microsoft.com/**", route => setup is null
            ? route.AbortAsync("internetdisconnected")
            : route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = $"window.officeSetup = {JsonSerializer.Serialize(setup)};\n{stub}" }));
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(new Uri(browser.Service.Server.Address, "addin/taskpane.html").ToString());
        await Assertions.Expect(page.Locator("#check")).ToHaveTextAsync("Valid");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return page;
    }

    private static async Task<List<JsonElement>> CallsAsync(IPage page) =>
        JsonSerializer.Deserialize<List<JsonElement>>(await page.EvaluateAsync<string>("() => JSON.stringify(window.officeCalls)"))!;

    private static async Task<JsonElement> LastInsertAsync(IPage page) =>
        (await CallsAsync(page)).Last(c => c.GetProperty("call").GetString()!.EndsWith("insertFileFromBase64", StringComparison.Ordinal));

    private static void AssertValid(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    /// <summary>A Word document BriefingGen did not make.</summary>
    private static byte[] BlankDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var text = new DocumentFormat.OpenXml.Wordprocessing.Text("Minutes of the meeting");
            var body = new DocumentFormat.OpenXml.Wordprocessing.Body(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(text)));
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        return stream.ToArray();
    }
}
