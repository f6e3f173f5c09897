using BriefingGen.Engine;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>The client report in Word wears the brand kit it is given: colours, fonts, house styles and the header logo.</summary>
public class BrandKitTests
{
    private static byte[] Render(string kit, string? pageSettings = null)
    {
        using var folder = new TempFolder();
        var pack = pageSettings is null ? BrandKits.ReportPack(folder) : BrandKits.ReportPack(folder, pageSettings);
        var result = BriefingEngine.Load(pack, TestEngines.Options(new WordRenderer()) with { BrandDirectory = BrandKits.Folder(kit) })
            .Render(DataSource.FromFile(BrandKits.ClientReport), "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Outputs.Single().Bytes.ToArray();
    }

    private static Style Heading1(WordprocessingDocument document) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");

    private static List<Header> SectionHeaders(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>()
            .Select(s => s.Elements<HeaderReference>().Single().Id!.Value!)
            .Select(id => ((HeaderPart)document.MainDocumentPart.GetPartById(id)).Header!)
            .ToList();

    [Theory]
    [InlineData("harbour", "14284B", "Liberation Serif")]
    [InlineData("ember", "B3261E", "Liberation Sans")]
    public void Each_kit_gives_the_headings_its_colour_and_font_in_a_valid_file(string kit, string color, string font)
    {
        var bytes = Render(kit);

        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        var heading = Heading1(document);
        Assert.Equal(color, heading.StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal(font, heading.StyleRunProperties.RunFonts!.Ascii!.Value);
    }

    [Fact]
    public void The_ember_kits_reference_docx_supplies_its_heading_style()
    {
        using var document = WordOutput.Open(Render("ember"));

        var heading = Heading1(document);
        Assert.Equal("36", heading.StyleRunProperties!.FontSize!.Val!.Value); // 18 pt, where the pack's theme says 17
        Assert.Equal("E0641B", heading.StyleParagraphProperties!.ParagraphBorders!.BottomBorder!.Color!.Value);
        using var harbour = WordOutput.Open(Render("harbour"));
        Assert.Equal("34", Heading1(harbour).StyleRunProperties!.FontSize!.Val!.Value);
        Assert.NotEqual("E0641B", Heading1(harbour).StyleParagraphProperties?.ParagraphBorders?.BottomBorder?.Color?.Value);
    }

    [Fact]
    public void The_ember_kits_house_heading_reaches_the_stylesheet_the_pdf_draws_from()
    {
        var engine = BriefingEngine.Load(PackExamples.Pack("client-report"), TestEngines.Options(new WordRenderer()) with { BrandDirectory = BrandKits.Folder("ember") });

        var heading = engine.StyleSheet!.Heading(1);
        Assert.Equal(18, heading.Text.Size);
        Assert.Equal("B3261E", heading.Text.Color);
    }

    [Fact]
    public void The_header_logo_is_a_picture_in_each_header_part_but_the_covers_with_its_alt_text()
    {
        var bytes = Render("harbour", "  header_logo: \"{{ brand?.logos?.mark }}\"\n  header_logo_alt: \"{{ brand?.name }} logo\"\n");
        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        var mark = File.ReadAllBytes(Path.Combine(BrandKits.Folder("harbour"), "logos", "mark.png"));

        var headers = SectionHeaders(document);
        Assert.True(headers.Count > 2);
        Assert.Empty(headers[0].Descendants<Dw.Inline>());
        foreach (var header in headers.Skip(1))
        {
            var inline = Assert.Single(header.Descendants<Dw.Inline>());
            Assert.Equal("Harbour Advisory logo", inline.DocProperties!.Description!.Value);
            Assert.Equal(288000L, inline.Extent!.Cy!.Value); // 8 mm at 36,000 EMU to the mm
            Assert.Equal(inline.Extent.Cy.Value, inline.Extent.Cx!.Value); // a square mark stays square
            var embed = inline.Descendants<A.Blip>().Single().Embed!.Value!;
            var image = Assert.IsAssignableFrom<ImagePart>(header.HeaderPart!.GetPartById(embed));
            using var stream = image.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(mark, copy.ToArray());
        }

        // Drawing ids are unique across the package, and the logo is stored once.
        var ids = headers.SelectMany(h => h.Descendants<Dw.DocProperties>()).Select(d => d.Id!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Single(document.MainDocumentPart!.ImageParts, p => p.Uri.ToString().Length > 0 && headers.Skip(1).All(h => h.HeaderPart!.Parts.Any(r => r.OpenXmlPart == p)));
    }

    [Fact]
    public void A_logo_at_the_right_follows_the_right_text_on_the_header_line()
    {
        using var document = WordOutput.Open(Render("ember", "  header_logo: \"{{ brand?.logos?.mark }}\"\n  header_logo_side: right\n"));

        var line = SectionHeaders(document)[1].Elements<Paragraph>().Single(p => p.Descendants<Dw.Inline>().Any());
        var runs = line.Descendants<Run>().Where(r => r.Ancestors<Drawing>().FirstOrDefault() is null).ToList();
        var logo = runs.FindIndex(r => r.GetFirstChild<Drawing>() is not null);
        Assert.NotNull(runs[logo - 1].GetFirstChild<TabChar>());
        Assert.EndsWith("NKA-2026-041", string.Concat(runs.Take(logo - 1).Select(r => r.InnerText)), StringComparison.Ordinal);
        var stops = line.ParagraphProperties!.Tabs!.Elements<TabStop>().ToList();
        Assert.Equal(2, stops.Count);
        Assert.All(stops, s => Assert.Equal(TabStopValues.Right, s.Val!.Value));
    }

    [Fact]
    public void The_same_kit_gives_the_same_bytes()
    {
        Assert.Equal(Render("harbour"), Render("harbour"));
    }
}
