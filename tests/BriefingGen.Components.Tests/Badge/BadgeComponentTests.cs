using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using BriefingGen.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Components.Tests.Badge;

/// <summary>A component made outside the product renders in Word, PDF and Markdown without any change to the core or the backends.</summary>
public class BadgeComponentTests
{
    [Fact]
    public void A_component_from_another_assembly_renders_in_every_format()
    {
        using var folder = new TempFolder();
        folder.Write("pack/template.yaml", "name: badges\nmain: main.sbn\ncomponents: [badge]\nmetadata:\n  title: Badges\n");
        folder.Write("pack/main.sbn", "Status: {{ badge data.status }} and more.\n");
        var data = folder.Write("data.yaml", "status: new\n");
        var engine = BriefingEngine.Load(Path.Combine(folder.Path, "pack"), new EngineOptions
        {
            Renderers = [new WordRenderer(), new PdfRenderer()],
            Extensions = [new BadgeExtension()],
        });

        var result = engine.Render(DataSource.FromFile(data), "docx", "pdf", "md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var badge = Assert.Single(result.Document!.Blocks.SelectMany(Model.ModelWalker.DescendantsAndSelf).OfType<Badge>());
        Assert.Equal(("NEW", "status"), (badge.Label, badge.Origin?.Path));

        var docx = result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray();
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var run = Assert.Single(document.MainDocumentPart!.Document!.Body!.Descendants<Run>(), r => r.InnerText == "NEW");
            Assert.Equal(BadgeExtension.Fill, run.RunProperties!.Shading!.Fill!.Value);
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        }

        var pdf = Path.Combine(folder.Path, "badges.pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
        Assert.Empty(PdfAudit.Problems(pdf));
        Assert.Contains("Status: NEW and more.", PdfTools.Text(pdf), StringComparison.Ordinal);

        var markdown = System.Text.Encoding.UTF8.GetString(result.Outputs.Single(o => o.Format == "md").Bytes.Span);
        Assert.Contains("Status: NEW and more.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_that_names_a_component_nobody_installed_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("pack/template.yaml", "name: badges\nmain: main.sbn\ncomponents: [badge]\n");
        folder.Write("pack/main.sbn", "x\n");
        var engine = BriefingEngine.Load(Path.Combine(folder.Path, "pack"), TestEngines.Options());
        Assert.Null(engine.Pack);
        Assert.Contains("unknown component 'badge'; installed: risk-matrix", Assert.Single(engine.PackDiagnostics).Message, StringComparison.Ordinal);
    }
}
