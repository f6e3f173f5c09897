using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>Every shipped pack's examples make PDFs that pass the real tools' checks and read in order.</summary>
public sealed class PackExampleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string> Examples() => PackExamples.All();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_passes_the_pdf_audit_and_carries_its_title(string pack, string example)
    {
        var (pdf, document) = Render(pack, example);

        Assert.Empty(PdfAudit.Problems(pdf));
        var text = PdfTools.Text(pdf);
        var firstWords = string.Join(' ', document.Metadata.Title.Split(' ').Take(3));
        Assert.Contains(firstWords, text.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_submissions_annexes_number_their_pages_from_their_letter_and_show_their_own_marking()
    {
        var (pdf, _) = Render("submission", "fisheries-quotas.yaml");
        var pages = PdfTools.Text(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries);

        // The letter's two pages count only themselves; the annexes have their own numbers.
        Assert.Contains("Page 1 of 2", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", pages[1], StringComparison.Ordinal);
        Assert.Contains("Annex A: The negotiating mandate", pages[2], StringComparison.Ordinal);
        Assert.Contains("Page A-1", pages[2], StringComparison.Ordinal);
        Assert.Contains("Page B-1", pages[3], StringComparison.Ordinal);
        // Banners are letter-spaced, so poppler reads them with spaces between the letters.
        var banners = pages.Select(p => p.Replace(" ", "", StringComparison.Ordinal)).ToList();
        Assert.All(banners.Take(3), p => Assert.Equal(2, p.Split("OFFICIAL-SENSITIVE").Length - 1));
        Assert.Equal(0, banners[3].Split("OFFICIAL-SENSITIVE").Length - 1);
        Assert.Equal(2, banners[3].Split("OFFICIAL").Length - 1);
    }

    [Fact]
    public void The_decision_boxes_are_real_glyphs_in_the_order_the_minister_reads_them()
    {
        var (pdf, _) = Render("submission", "fisheries-quotas.yaml");

        Assert.Matches("☐ Agree\\s+☐ Disagree\\s+☐ Discuss", PdfTools.Text(pdf));
    }

    [Fact]
    public void A_client_reports_exhibits_are_numbered_listed_with_their_pages_and_referred_to_by_number()
    {
        var (pdf, _) = Render("client-report", "arctic-shipping-readiness.yaml");
        var pages = PdfTools.Text(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace('\u00A0', ' ')).ToList();

        // The list of exhibits gives the page each caption is printed on, lettered in an appendix.
        var list = pages.First(p => p.Contains("Exhibits", StringComparison.Ordinal) && p.Contains("Contents", StringComparison.Ordinal));
        foreach (var (caption, number) in new[] { ("Exhibit 1: Port calls grew", 1), ("Exhibit 4: Joint investment", 4), ("Exhibit 5: The joint plan", 5), ("Exhibit 6: The criteria", 6) })
        {
            var entry = System.Text.RegularExpressions.Regex.Match(list, System.Text.RegularExpressions.Regex.Escape(caption) + @"[^\n]*?([A-Z]-)?(\d+)\s*$", System.Text.RegularExpressions.RegexOptions.Multiline);
            Assert.True(entry.Success, $"exhibit {number} is not in the list:\n{list}");
            var label = entry.Groups[1].Value + entry.Groups[2].Value;
            var page = pages.FindLastIndex(p => p.Contains(caption, StringComparison.Ordinal));
            Assert.NotEqual(pages.IndexOf(list), page);
            Assert.Matches($"Page {label}( of \\d+)?\\s*$", pages[page].TrimEnd());
        }

        // Each exhibit's caption, content and source line share a page.
        var cruise = pages.Single(p => p.Contains("Exhibit 2: Cruise calls crowd", StringComparison.Ordinal) && !p.Contains("Contents", StringComparison.Ordinal));
        Assert.Contains("Source: Port authorities’ call registers, 2025", cruise, StringComparison.Ordinal);
        Assert.Contains("Fishing calls", cruise, StringComparison.Ordinal);

        // The summary refers to exhibits that come later, by their numbers.
        var summary = pages.First(p => p.Contains("Executive summary", StringComparison.Ordinal) && p.Contains("Our answer", StringComparison.Ordinal));
        Assert.Contains("(see Exhibit 1)", summary.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("(see Exhibit 4)", summary.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_reports_cover_is_bare_and_its_appendices_are_lettered_with_a_landscape_one_between_portrait_pages()
    {
        var (pdf, _) = Render("client-report", "arctic-shipping-readiness.yaml");
        var pages = PdfTools.Text(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries).ToList();

        Assert.DoesNotContain("Page 1", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Arctic Coast Municipal Partnership", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Draft · Private and confidential", pages[0], StringComparison.Ordinal);
        Assert.Contains("Arctic Coast Municipal Partnership", pages[1], StringComparison.Ordinal);
        Assert.Contains("Draft · Private and confidential", pages[1], StringComparison.Ordinal);
        Assert.Contains("Page 2 of", pages[1], StringComparison.Ordinal);
        var appendixA = pages.FindIndex(p => p.Contains("Appendix A: Readiness scores", StringComparison.Ordinal) && !p.Contains("Contents", StringComparison.Ordinal));
        var appendixB = pages.FindIndex(p => p.Contains("Appendix B: People we interviewed", StringComparison.Ordinal) && !p.Contains("Contents", StringComparison.Ordinal));
        Assert.Contains("Page A-1", pages[appendixA], StringComparison.Ordinal);
        Assert.Contains("Page B-1", pages[appendixB], StringComparison.Ordinal);

        var sizes = PdfTools.Run("pdfinfo", "-f", "1", "-l", "999", pdf).Output.Split('\n').Where(l => l.Contains(" size:", StringComparison.Ordinal)).ToList();
        Assert.Contains("841.89 x 595.276", sizes[appendixA], StringComparison.Ordinal);
        Assert.Contains("595.276 x 841.89", sizes[appendixB], StringComparison.Ordinal);
        Assert.Contains("595.276 x 841.89", sizes[appendixA - 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft", true)]
    [InlineData("final", false)]
    public void A_client_report_carries_its_watermark_on_every_page_until_it_is_final(string status, bool marked)
    {
        var file = PackExamples.Example("client-report", "arctic-shipping-readiness.yaml");
        var example = File.ReadAllText(file);
        Assert.Contains("status: draft\n", example, StringComparison.Ordinal);
        var data = DataSource.FromText(example.Replace("status: draft\n", $"status: {status}\n", StringComparison.Ordinal), "report.yaml", Path.GetDirectoryName(file));
        var pdf = new PdfRenderer();
        var engine = TestEngines.Load(PackExamples.Pack("client-report"), pdf, new SvgPageRenderer(pdf));
        var result = engine.Render(data, "svg", "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(_folder.Path, status + ".pdf");
        File.WriteAllBytes(path, result.Outputs[1].Bytes.ToArray());
        Assert.Empty(PdfAudit.Problems(path));

        // The watermark is drawn in the theme's watermark colour, as outlines, so it is not text.
        System.Xml.Linq.XNamespace svg = "http://www.w3.org/2000/svg";
        var fill = "#" + engine.StyleSheet!.Colors.Watermark;
        var pages = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Outputs[0].Bytes.Span)).Root!.Elements(svg + "svg").Where(e => (string?)e.Attribute("class") == "page").ToList();
        Assert.True(pages.Count >= 10, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Equal(marked, page.Descendants(svg + "path").Any(p => string.Equals((string?)p.Attribute("fill"), fill, StringComparison.OrdinalIgnoreCase))));
        Assert.DoesNotContain("DRAFT", PdfTools.Text(path), StringComparison.Ordinal);
    }

    private (string Pdf, Model.Document Document) Render(string pack, string example)
    {
        var result = TestEngines.Load(PackExamples.Pack(pack), new PdfRenderer()).Render(DataSource.FromFile(PackExamples.Example(pack, example)), "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(_folder.Path, Path.ChangeExtension(example, ".pdf"));
        File.WriteAllBytes(path, result.Outputs.Single().Bytes.ToArray());
        return (path, result.Document!);
    }
}
