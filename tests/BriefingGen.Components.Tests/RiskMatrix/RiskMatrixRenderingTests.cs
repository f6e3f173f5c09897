using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using BriefingGen.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Components.Tests.RiskMatrix;

/// <summary>The sample's risk matrix in each format: a shaded Word table, a tagged PDF figure, a Markdown table with its legend.</summary>
public class RiskMatrixRenderingTests
{
    private static readonly Lazy<BriefingResult> Sample = new(() =>
        TestEngines.Load(RepositoryPaths.PolicyBriefPack, new WordRenderer(), new PdfRenderer()).Render(DataSource.FromFile(RepositoryPaths.Sample), "docx", "pdf", "md"));

    [Fact]
    public void Word_draws_the_grid_as_a_table_shaded_by_band_with_a_description()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Sample.Value.Outputs.Single(o => o.Format == "docx").Bytes.ToArray()), false);
        var grid = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.Descendants<TableDescription>().Any(c => c.Val!.Value!.StartsWith("Likelihood × Impact", StringComparison.Ordinal)));
        var sheet = TestEngines.PolicyBrief.StyleSheet!;
        var critical = grid.Elements<TableRow>().First().Elements<TableCell>().Last();
        Assert.Equal(sheet.Shades["risk-critical"].Fill, critical.TableCellProperties!.Shading!.Fill!.Value);
        Assert.Contains("R1 3 × 5", grid.Descendants<TableDescription>().Single().Val!.Value!, StringComparison.Ordinal);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void The_PDF_tags_the_grid_as_a_figure_whose_alternate_text_lists_every_risk()
    {
        using var output = new PdfOutput();
        var pdf = Path.Combine(output.Folder, "sample.pdf");
        File.WriteAllBytes(pdf, Sample.Value.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        var structure = PdfTools.Run("pdfinfo", "-struct-text", pdf).Output;
        Assert.Contains("Figure", structure, StringComparison.Ordinal);
        var objects = PdfTools.Run("qpdf", "--json", pdf).Output;
        Assert.Contains("Likelihood × Impact: R1 3 × 5", System.Text.RegularExpressions.Regex.Unescape(objects), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_writes_the_grid_as_a_table()
    {
        var markdown = System.Text.Encoding.UTF8.GetString(Sample.Value.Outputs.Single(o => o.Format == "md").Bytes.Span);
        Assert.Contains("| 3 |  |  | R3 | R4 | R1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Rating by score: Low 1–4, Medium 5–9, High 10–16, Critical 20–25", markdown, StringComparison.Ordinal);
    }
}
