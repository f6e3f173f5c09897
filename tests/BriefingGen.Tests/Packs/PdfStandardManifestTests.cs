using BriefingGen.Rendering;
using BriefingGen.Tests.Templates;

namespace BriefingGen.Tests.Packs;

public class PdfStandardManifestTests
{
    [Theory]
    [InlineData("none", PdfStandard.None)]
    [InlineData("ua1", PdfStandard.Ua1)]
    [InlineData("a2b", PdfStandard.A2b)]
    [InlineData("a2a", PdfStandard.A2a)]
    [InlineData("a2a+ua1", PdfStandard.A2aUa1)]
    public void A_pack_names_the_standard_its_PDFs_meet(string name, PdfStandard standard)
    {
        using var pack = new TestPack("x\n", manifest: $"pdf_standard: \"{name}\"\n");
        Assert.Equal(standard, pack.Engine.Pack!.Manifest.PdfStandard);
        Assert.Equal(name, standard.Name());
    }

    [Fact]
    public void A_pack_that_names_none_claims_none()
    {
        using var pack = new TestPack("x\n");
        Assert.Equal(PdfStandard.None, pack.Engine.Pack!.Manifest.PdfStandard);
    }

    [Fact]
    public void An_unknown_standard_is_an_error_at_its_line()
    {
        using var pack = new TestPack("x\n", manifest: "pdf_standard: a3u\n");
        Assert.Null(pack.Engine.Pack);
        var error = Assert.Single(pack.Engine.PackDiagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Contains("unknown PDF standard \"a3u\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Location.Line);
    }

    [Fact]
    public void The_shipped_packs_default_to_PDF_A_2a_with_PDF_UA_1()
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(Testing.RepositoryPaths.Root, "templates")))
        {
            var engine = Testing.TestEngines.Load(folder);
            Assert.Equal(PdfStandard.A2aUa1, engine.Pack!.Manifest.PdfStandard);
        }
    }
}
