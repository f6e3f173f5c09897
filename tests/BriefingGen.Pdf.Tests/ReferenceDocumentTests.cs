using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Pdf.Tests;

/// <summary>A pack's reference.docx restyles both formats: its house styles become the stylesheet's looks.</summary>
public sealed class ReferenceDocumentTests : IDisposable
{
    private readonly TempFolder _pack = new();

    public ReferenceDocumentTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.PolicyBriefPack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_pack.Path, Path.GetRelativePath(RepositoryPaths.PolicyBriefPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _pack.Dispose();

    private void WriteReference(params Style[] styles) => Word.Tests.ReferenceDocs.Write(Path.Combine(_pack.Path, "reference.docx"), styles);

    [Fact]
    public void The_house_styles_reach_the_stylesheet_and_so_the_PDF()
    {
        WriteReference(
            new Style(new StyleName { Val = "heading 1" }, new StyleRunProperties(new RunFonts { Ascii = "DejaVu Serif", HighAnsi = "DejaVu Serif" }, new Color { Val = "660066" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new FontSize { Val = "24" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        var engine = TestEngines.Load(_pack.Path, new Word.WordRenderer(), new PdfRenderer());
        Assert.True(engine.Pack is not null, string.Join("\n", engine.PackDiagnostics));

        var heading = engine.StyleSheet!.Heading(1);
        Assert.Equal(("DejaVu Serif", "660066"), (heading.Text.Families[0], heading.Text.Color));
        Assert.Equal(12, engine.StyleSheet.Paragraph("body").Text.Size);

        var result = engine.Render(DataSource.FromFile(RepositoryPaths.Sample), "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = Path.Combine(_pack.Path, "out.pdf");
        File.WriteAllBytes(pdf, result.Outputs[0].Bytes.ToArray());
        Assert.Contains(PdfAudit.Fonts(pdf), f => f.Name.EndsWith("+DejaVuSerif-Bold", StringComparison.Ordinal));
        Assert.Contains("0.4 0 0.4 rg", PdfTools.Uncompressed(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_a_house_style_shows_in_capitals_are_set_in_capitals_in_the_PDF_and_kept_as_typed_in_Word()
    {
        WriteReference(
            new Style(new StyleName { Val = "heading 1" }, new StyleRunProperties(new Caps()))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
        var engine = TestEngines.Load(_pack.Path, new Word.WordRenderer(), new PdfRenderer());
        Assert.True(engine.Pack is not null, string.Join("\n", engine.PackDiagnostics));
        Assert.True(engine.StyleSheet!.Heading(1).Text.Capitals);
        Assert.False(engine.StyleSheet.Heading(2).Text.Capitals);

        var result = engine.Render(DataSource.FromFile(RepositoryPaths.Sample), "pdf", "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = Path.Combine(_pack.Path, "out.pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        var text = PdfTools.Text(pdf);
        Assert.Contains("POLICY PILLARS", text, StringComparison.Ordinal);
        Assert.Contains("3.1 Security through NATO", text, StringComparison.Ordinal);

        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray()), false);
        var headings = docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Policy pillars", headings);
        Assert.NotNull(docx.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == "Heading1").StyleRunProperties!.GetFirstChild<Caps>());
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 truncated")]
    public void A_damaged_reference_document_is_a_clear_error_not_a_crash(string content)
    {
        File.WriteAllText(Path.Combine(_pack.Path, "reference.docx"), content);
        var engine = TestEngines.Load(_pack.Path, new Word.WordRenderer(), new PdfRenderer());
        Assert.Null(engine.Pack);
        var error = Assert.Single(engine.PackDiagnostics);
        Assert.EndsWith("reference.docx", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("reference document cannot be used", error.Message, StringComparison.Ordinal);
    }
}
