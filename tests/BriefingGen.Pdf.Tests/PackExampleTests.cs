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

        Assert.Contains("Page 1 of 4", pages[0], StringComparison.Ordinal);
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

    private (string Pdf, Model.Document Document) Render(string pack, string example)
    {
        var result = TestEngines.Load(PackExamples.Pack(pack), new PdfRenderer()).Render(DataSource.FromFile(PackExamples.Example(pack, example)), "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(_folder.Path, Path.ChangeExtension(example, ".pdf"));
        File.WriteAllBytes(path, result.Outputs.Single().Bytes.ToArray());
        return (path, result.Document!);
    }
}
