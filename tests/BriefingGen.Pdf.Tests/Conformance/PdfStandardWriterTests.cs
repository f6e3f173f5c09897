using System.Text;
using BriefingGen.Conformance;
using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Pdf.Writing;
using BriefingGen.Rendering;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests.Conformance;

/// <summary>What the writer does under each standard: the identification it writes, the output intent, and what it refuses, pointing at the data.</summary>
public sealed class PdfStandardWriterTests
{
    [Theory]
    [InlineData(PdfStandard.None, null, null)]
    [InlineData(PdfStandard.Ua1, "ua1", null)]
    [InlineData(PdfStandard.A2b, "a2b", "B")]
    [InlineData(PdfStandard.A2a, "a2a", "A")]
    [InlineData(PdfStandard.A2aUa1, "a2a+ua1", "A")]
    public void Each_standard_is_identified_and_met_and_only_PDF_A_carries_the_output_intent(PdfStandard standard, string? target, string? level)
    {
        using var output = new PdfOutput();
        var pdf = Render(output, ModelSamples.EveryKind(), standard);
        var meta = PdfTools.Run("pdfinfo", "-meta", pdf).Output;
        Assert.Equal(standard.ClaimsUa1(), meta.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal));
        Assert.Equal(level is not null, meta.Contains("<pdfaid:part>2</pdfaid:part>", StringComparison.Ordinal));
        Assert.Equal(level is not null, PdfTools.Uncompressed(pdf).Contains("/GTS_PDFA1", StringComparison.Ordinal));
        if (level is not null)
        {
            Assert.Contains($"<pdfaid:conformance>{level}</pdfaid:conformance>", meta, StringComparison.Ordinal);
        }

        if (target is not null)
        {
            Assert.Empty(PdfConformanceChecker.Check(pdf, ConformanceTarget.Parse(target)));
        }

        Assert.Empty(PdfAudit.Problems(pdf));
    }

    [Fact]
    public void A_figure_without_alt_text_is_an_error_at_its_data_under_PDF_UA()
    {
        var origin = new Origin("figures[0]", new Diagnostics.SourceLocation("brief.yaml", 42, 7));
        var png = ModelSamples.EveryKind().Sections.SelectMany(ModelWalker.DescendantsAndSelf).OfType<Figure>().First().Image;
        var document = ModelSamples.Of(new Figure(png, " ", null) { Origin = origin });
        var error = Assert.Throws<RenderException>(() => new PdfRenderer { Standard = PdfStandard.Ua1 }.Render(ModelSamples.Input(document), new MemoryStream()));
        Assert.Equal(origin, error.Origin);
        Assert.Contains("figure has no alt text — PDF/UA-1 7.3", error.Message, StringComparison.Ordinal);

        using var output = new PdfOutput();
        Assert.True(File.Exists(Render(output, document, PdfStandard.None)));
    }

    [Fact]
    public void A_CMYK_picture_is_an_error_at_its_data_under_PDF_A_and_allowed_without_it()
    {
        var origin = new Origin("map", new Diagnostics.SourceLocation("brief.yaml", 12, 6));
        var cmyk = TestPictures.Read("cmyk.jpg");
        var document = ModelSamples.Of(new Figure(new ImageData(cmyk, ImageFormat.Jpeg, 8, 8), "Cyan", null) { Origin = origin });

        var error = Assert.Throws<RenderException>(() => new PdfRenderer { Standard = PdfStandard.A2b }.Render(ModelSamples.Input(document), new MemoryStream()));

        Assert.Equal(origin, error.Origin);
        Assert.Contains("CMYK JPEG", error.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 19005-2 6.2.4.3", error.Message, StringComparison.Ordinal);
        new PdfRenderer { Standard = PdfStandard.Ua1 }.Render(ModelSamples.Input(document), new MemoryStream());
    }

    [Fact]
    public void A_character_no_font_has_is_an_error_at_its_data_under_a_standard_and_nothing_is_written()
    {
        using var output = new PdfOutput();
        var data = output.WriteData("missing.yaml", "title: \"Unassigned \u0378 here\"\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n");
        var result = PdfOutput.RenderWith(data, new PdfRenderer());
        Assert.False(result.Succeeded);
        Assert.Empty(result.Outputs);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Contains("no installed font has U+0378", error.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 19005-2 6.2.11.8", error.Message, StringComparison.Ordinal);
        Assert.Equal(("title", 1, 8), (error.DataPath, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void The_sRGB_profile_is_an_ICC_v2_display_profile_that_lcms_reads_and_never_changes()
    {
        var profile = SrgbIccProfile.Bytes;
        Assert.Equal(profile.Length, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(profile));
        Assert.Equal(2, profile[8]);
        Assert.Equal("mntr", Encoding.ASCII.GetString(profile, 12, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(profile, 16, 4));
        Assert.Equal("acsp", Encoding.ASCII.GetString(profile, 36, 4));
        Assert.Equal(profile, SrgbIccProfile.Bytes);

        using var folder = new TempFolder();
        var icc = Path.Combine(folder.Path, "srgb.icc");
        File.WriteAllBytes(icc, profile);
        var tagged = Path.Combine(folder.Path, "rose.jpg");
        var (exit, _, error) = PdfTools.Run("convert", "rose:", "-strip", "-profile", icc, tagged);
        Assert.True(exit == 0, error);
        Assert.Contains("icc:description: sRGB IEC61966-2.1", PdfTools.Run("identify", "-verbose", tagged).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_paper_gives_the_same_bytes_under_a_standard()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        var input = ModelSamples.Input(ModelSamples.EveryKind());
        new PdfRenderer { Standard = PdfStandard.A2aUa1 }.Render(input, first);
        new PdfRenderer { Standard = PdfStandard.A2aUa1 }.Render(input, second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    private static string Render(PdfOutput output, Document document, PdfStandard standard)
    {
        using var stream = new MemoryStream();
        new PdfRenderer { Standard = standard }.Render(ModelSamples.Input(document), stream);
        var path = Path.Combine(output.Folder, standard + ".pdf");
        File.WriteAllBytes(path, stream.ToArray());
        return path;
    }
}
