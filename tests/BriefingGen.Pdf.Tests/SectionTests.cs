using BriefingGen.Engine;
using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Pdf.Tests;

/// <summary>Sections: a landscape annex with its own page numbers and header, in the model, in Word and in the PDF.</summary>
public sealed class SectionTests : IDisposable
{
    private const string Template = """
        # Main part

        Text of the main part.

        {{ section { orientation: "landscape", numbering: "restart", format: "i", prefix: "A-", header_left: data.annex } }}
        # {{ data.annex }}

        | One | Two | Three |
        |-----|-----|-------|
        | a   | b   | c     |

        {{ section { orientation: "portrait" } }}
        # Back matter

        The end.
        """;

    private readonly TempFolder _folder = new();
    private readonly BriefingResult _result;

    public SectionTests()
    {
        _folder.Write("pack/template.yaml", "name: sections\nmain: main.sbn\npage:\n  header_left: \"Main header\"\n  footer_right: \"{{ labels.page }}\"\nmetadata:\n  title: Sections\n");
        _folder.Write("pack/main.sbn", Template);
        _folder.Write("pack/i18n/en.yaml", "page: \"Page {page} of {pages}\"\n");
        var data = _folder.Write("data.yaml", "annex: \"Annex A: the wide table\"\n");
        _result = TestEngines.Load(Path.Combine(_folder.Path, "pack"), new Word.WordRenderer(), new PdfRenderer()).Render(DataSource.FromFile(data), "docx", "pdf");
        Assert.True(_result.Succeeded, string.Join("\n", _result.Diagnostics));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_model_holds_three_sections_with_their_own_layout_numbering_and_header()
    {
        var sections = _result.Document!.Sections;
        Assert.Equal(3, sections.Count);
        Assert.Equal([false, true, false], sections.Select(s => s.Layout.Landscape));
        Assert.Equal(new PageNumbering(true, 1, PageNumberFormat.LowerRoman, "A-"), sections[1].Numbering);
        Assert.False(sections[2].Numbering.Restart);
        Assert.Equal("Annex A: the wide table", InlineText.Of(sections[1].Furniture.HeaderLeft));
        Assert.Equal("annex", sections[1].Furniture.HeaderLeft[0].Origin?.Path);
        Assert.Equal("Main header", InlineText.Of(sections[2].Furniture.HeaderLeft));
    }

    [Fact]
    public void Word_writes_real_section_breaks_with_landscape_pages_and_restarted_roman_numbers()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(_result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray()), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<W.SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        Assert.Same(body.LastChild, sections[2]);
        var annex = sections[1];
        var size = annex.GetFirstChild<W.PageSize>()!;
        Assert.Equal(W.PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.True(size.Width!.Value > size.Height!.Value);
        var numbering = annex.GetFirstChild<W.PageNumberType>()!;
        Assert.Equal((W.NumberFormatValues.LowerRoman, 1), (numbering.Format!.Value, numbering.Start!.Value));
        var header = (HeaderPart)document.MainDocumentPart.GetPartById(annex.GetFirstChild<W.HeaderReference>()!.Id!.Value!);
        Assert.Contains("Annex A: the wide table", header.Header!.InnerText, StringComparison.Ordinal);
        var footer = (FooterPart)document.MainDocumentPart.GetPartById(annex.GetFirstChild<W.FooterReference>()!.Id!.Value!);
        Assert.Contains("A-", footer.Footer!.InnerText, StringComparison.Ordinal);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void The_PDF_lays_each_section_out_on_its_own_page_template()
    {
        var pdf = Path.Combine(_folder.Path, "sections.pdf");
        File.WriteAllBytes(pdf, _result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        Assert.Empty(PdfAudit.Problems(pdf));
        var sizes = Enumerable.Range(1, 3).Select(p => PdfTools.Run("pdfinfo", "-f", $"{p}", "-l", $"{p}", pdf).Output.Split('\n').Single(l => l.StartsWith($"Page {p,4} size", StringComparison.Ordinal))).ToList();
        Assert.Contains("595.276 x 841.89", sizes[0], StringComparison.Ordinal);
        Assert.Contains("841.89 x 595.276", sizes[1], StringComparison.Ordinal);
        Assert.Contains("595.276 x 841.89", sizes[2], StringComparison.Ordinal);

        var pages = PdfTools.Text(pdf).Split('\f');
        // The annex restarts the numbers, so the first page counts alone; the last section goes on
        // from the annex, in its own (arabic) numbers, as Word counts, and ends the annex's run.
        Assert.Contains("Page 1 of 1", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page A-i of 2", pages[1], StringComparison.Ordinal);
        Assert.Contains("Annex A: the wide table", pages[1], StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", pages[2], StringComparison.Ordinal);
    }
}
