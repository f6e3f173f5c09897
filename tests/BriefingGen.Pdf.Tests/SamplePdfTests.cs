using System.Text.RegularExpressions;
using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>The shipped sample, rendered once and read back with qpdf and poppler.</summary>
public sealed class SamplePdf : IDisposable
{
    private readonly PdfOutput _output = new();

    public SamplePdf()
    {
        Path = _output.RenderData(RepositoryPaths.Sample, out var document);
        Document = document;
        Text = PdfTools.Text(Path);
    }

    internal string Path { get; }

    internal Document Document { get; }

    internal string Text { get; }

    public void Dispose() => _output.Dispose();
}

public partial class SamplePdfTests(SamplePdf sample) : IClassFixture<SamplePdf>
{
    [Fact]
    public void Passes_qpdf_and_the_font_and_placement_checks()
    {
        var problems = PdfAudit.Problems(sample.Path);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Is_under_100_KB()
    {
        var size = new FileInfo(sample.Path).Length;
        Assert.InRange(size, 10_000, 100_000);
    }

    [Fact]
    public void Every_font_is_an_embedded_Unicode_mapped_subset_with_a_six_letter_tag()
    {
        var fonts = PdfAudit.Fonts(sample.Path);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f =>
        {
            Assert.Matches(SubsetTag(), f.Name);
            Assert.Equal("CID", f.Type);
            Assert.Equal("yes yes yes", f.Flags);
        });
    }

    [Fact]
    public void Gives_back_every_piece_of_text_in_reading_order()
    {
        var order = new ReadingOrder(sample.Text);
        var pieces = ModelText.Pieces(sample.Document).ToList();
        var missing = order.MissingInOrder(pieces);
        Assert.True(missing.Count == 0, "not found in order:\n" + string.Join("\n", missing));
        Assert.NotEmpty(order.MissingInOrder(pieces.AsEnumerable().Reverse()));
        Assert.DoesNotContain(ModelText.Footnotes(sample.Document), n => !order.Contains(n));
    }

    [Fact]
    public void Carries_the_banner_and_page_numbers_on_every_page()
    {
        var pages = sample.Text.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(pages.Length >= 3);
        var classification = sample.Document.Metadata.Classification!.ToUpperInvariant();
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal(2, Regex.Count(pages[i], Regex.Escape(classification)));
            Assert.Contains($"Page {i + 1} of {pages.Length}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Has_the_metadata_of_the_data()
    {
        var info = PdfTools.Info(sample.Path);
        var metadata = sample.Document.Metadata;
        Assert.Equal(metadata.Title, info["Title"]);
        Assert.Equal(metadata.Author, info["Author"]);
        Assert.Equal("BriefingGen", info["Creator"]);
        Assert.Equal(metadata.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z", info["CreationDate"]);
        Assert.Equal("yes", info["Metadata Stream"]);
        Assert.EndsWith("(A4)", info["Page size"], StringComparison.Ordinal);
    }

    [Fact]
    public void Has_an_outline_entry_per_heading_and_live_links_for_the_sources()
    {
        var objects = PdfObjects.Read(sample.Path);
        var headings = sample.Document.Blocks.OfType<Heading>().ToList();
        Assert.Equal(headings.Count, objects.OutlineTitles.Count());
        Assert.All(headings, h => Assert.Contains(objects.OutlineTitles, t => t.EndsWith(((Model.Text)h.Content[0]).Value, StringComparison.Ordinal)));
        var urls = SampleUrls().ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Contains(url, objects.Uris));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        using var again = new PdfOutput();
        var second = again.RenderData(RepositoryPaths.Sample);
        Assert.Equal(File.ReadAllBytes(sample.Path), File.ReadAllBytes(second));
    }

    [Theory]
    [InlineData("minimal")]
    [InlineData("hostile-text")]
    [InlineData("norwegian")]
    [InlineData("russian")]
    public void Every_golden_case_renders_a_clean_PDF_with_all_its_text(string name)
    {
        using var output = new PdfOutput();
        var pdf = output.RenderData(Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "Cases", name, "data.yaml"), out var document);
        var problems = PdfAudit.Problems(pdf);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Every piece is in poppler's reading order somewhere; the order itself is checked in drawing
        // order, since poppler reads small tables with empty columns column by column.
        var text = new ReadingOrder(PdfTools.Text(pdf));
        Assert.DoesNotContain(ModelText.Pieces(document), p => !text.Contains(p));
        var missing = new ReadingOrder(PdfTools.Text(pdf, raw: true)).MissingInOrder(ModelText.Pieces(document));
        Assert.True(missing.Count == 0, "not found in drawing order:\n" + string.Join("\n", missing));
    }

    private IEnumerable<string> SampleUrls() =>
        UrlLine().Matches(File.ReadAllText(RepositoryPaths.Sample)).Select(m => m.Groups[1].Value.Trim('"', '\''));

    [GeneratedRegex("^[A-Z]{6}\\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"^\s*url:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex UrlLine();
}
