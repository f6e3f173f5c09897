using System.Text.RegularExpressions;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// The PDF is tagged: a structure tree (read back with poppler's pdfinfo -struct-text) holds the
/// paper's text in reading order with headings, lists, tables and figures, and leaves the running
/// header, footer and repeated table headers out as artifacts.
/// </summary>
public partial class TaggingTests(SamplePdf sample) : IClassFixture<SamplePdf>
{
    private static string Structure(string pdf) => PdfTools.Run("pdfinfo", "-struct-text", pdf).Output;

    /// <summary>The text of the structure tree, each element's text on its own line.</summary>
    private static string StructureText(string pdf) =>
        string.Join('\n', QuotedText().Matches(Structure(pdf)).Select(m => m.Groups[1].Value));

    [Fact]
    public void The_sample_is_tagged_and_marked()
    {
        Assert.Equal("yes", PdfTools.Info(sample.Path)["Tagged"]);
        var catalog = PdfObjects.Read(sample.Path).Catalog;
        Assert.True(catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean());
    }

    [Fact]
    public void The_structure_holds_every_piece_of_text_in_reading_order()
    {
        var order = new ReadingOrder(StructureText(sample.Path));
        var missing = order.MissingInOrder(ModelText.Pieces(sample.Document));
        Assert.True(missing.Count == 0, "not in the structure tree in order:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Headings_lists_and_tables_have_their_standard_roles()
    {
        var structure = Structure(sample.Path);
        Assert.Matches(@"H1 \(block\)\s+""1 Summary""", structure);
        Assert.Matches(@"H2 \(block\)\s+""3\.1 Security through NATO", structure);
        Assert.Matches(@"LI \(block\)\s+Lbl \(block\)\s+""•""\s+LBody", structure);
        Assert.Matches(@"Table \(block\)\s+TR\s+TH:\s+/Scope /Column\s+""Area""", structure);
        var headerCells = PdfObjects.Read(sample.Path).Dictionaries.Where(d => PdfObjects.Name(d, "/S") == "/TH").ToList();
        Assert.NotEmpty(headerCells);
        Assert.All(headerCells, th => Assert.Equal("/Column", PdfObjects.Name(th.GetProperty("/A"), "/Scope")));
    }

    [Fact]
    public void A_link_s_text_and_its_annotation_share_one_Link_element()
    {
        Assert.Matches(@"Link \(inline\)\s+""The Joint Norwegian–Russian Fisheries Commission""\s+Object \d+ 0", Structure(sample.Path));

        // The source's printed address links to the same place as its title, as a link of its own.
        Assert.Matches(@"Link \(inline\)\s+""hi\.no/en""\s+Object \d+ 0", Structure(sample.Path));

        using var output = new PdfOutput();
        var structure = Structure(output.Render(ModelSamples.EveryKind()));
        Assert.Matches(@"TOCI\s+Link \(inline\)\s+""1\s+First""\s+Object \d+ 0", structure);
    }

    [Fact]
    public void Running_headers_and_footers_are_artifacts()
    {
        var text = StructureText(sample.Path);
        Assert.DoesNotContain("Page 1 of", text, StringComparison.Ordinal);
        Assert.DoesNotContain(sample.Document.Metadata.Classification!.ToUpperInvariant(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_header_repeated_on_later_pages_is_read_once()
    {
        using var output = new PdfOutput();
        var risks = string.Concat(Enumerable.Range(1, 120).Select(i => $"  - {{ title: \"Risk {i}\", likelihood: 3, impact: 3 }}\n"));
        var pdf = output.RenderData(output.WriteData("long.yaml", $"title: T\ndate: 2026-10-05\nsummary: S\npillars: [{{name: P}}]\nrisks:\n{risks}"));
        Assert.True(PdfAudit.Words(pdf).Pages.Count >= 3);
        Assert.Single(Regex.Matches(Structure(pdf), @"TH:\s+/Scope /Column\s+""Rating"""));
        Assert.Equal(120, Regex.Count(Structure(pdf), @"TD\s+""Risk \d+"""));
    }

    [Fact]
    public void Figures_carry_their_alternate_text()
    {
        using var output = new PdfOutput();
        var pdf = output.Render(ModelSamples.EveryKind());
        var figures = PdfObjects.Read(pdf).Dictionaries.Where(d => PdfObjects.Name(d, "/S") == "/Figure").Select(d => PdfObjects.Text(d.GetProperty("/Alt"))).ToList();
        Assert.Contains("Two by three pixels", figures);
        Assert.Contains(figures, alt => alt.Contains("R1 5 × 5", StringComparison.Ordinal));
    }

    [GeneratedRegex("^\\s*\"(.*)\"\\s*$", RegexOptions.Multiline)]
    private static partial Regex QuotedText();
}
