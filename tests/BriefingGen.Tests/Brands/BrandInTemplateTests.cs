using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Brands;

/// <summary>Templates see the chosen kit as <c>brand</c>; with none, <c>brand</c> is null and <c>?.</c> falls back.</summary>
public class BrandInTemplateTests
{
    private const string Template = """
        # {{ brand?.name ?? "Unbranded" }}

        ![Logo]({{ brand?.logos?.primary ?? data.logo }})

        {{ brand?.logos?.nothing ?? "no such logo" }}
        """;

    private static (TempFolder Folder, string Pack, string Data) Setup()
    {
        var folder = new TempFolder();
        folder.Write("pack/template.yaml", "name: tiny\nmain: paper.sbn\n");
        folder.Write("pack/paper.sbn", Template);
        File.Copy(Path.Combine(BrandKits.Folder("ember"), "logos", "mark.png"), Path.Combine(folder.Path, "own.png"));
        var data = folder.Write("paper.yaml", "logo: own.png\n");
        return (folder, Path.Combine(folder.Path, "pack"), data);
    }

    [Fact]
    public void A_kits_name_and_logo_reach_the_paper_and_the_logo_is_found_in_the_kit()
    {
        var (folder, pack, data) = Setup();
        using (folder)
        {
            var result = BriefingEngine.Load(pack, TestEngines.Options() with { BrandDirectory = BrandKits.Folder("harbour") }).Render(DataSource.FromFile(data));

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var blocks = result.Document!.Sections.SelectMany(s => s.Blocks).ToList();
            Assert.Equal("Harbour Advisory", InlineText.Of(blocks.OfType<Heading>().Single().Content));
            var figure = blocks.OfType<Figure>().Single();
            Assert.Equal((480, 120), (figure.Image.PixelWidth, figure.Image.PixelHeight));
            Assert.Equal(File.ReadAllBytes(Path.Combine(BrandKits.Folder("harbour"), "logos", "primary.png")), figure.Image.Bytes.ToArray());
            Assert.Contains(blocks.OfType<Paragraph>(), p => InlineText.Of(p.Content) == "no such logo");
        }
    }

    [Fact]
    public void Without_a_kit_brand_is_null_and_the_fallbacks_are_used()
    {
        var (folder, pack, data) = Setup();
        using (folder)
        {
            var result = BriefingEngine.Load(pack, TestEngines.Options()).Render(DataSource.FromFile(data));

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var blocks = result.Document!.Sections.SelectMany(s => s.Blocks).ToList();
            Assert.Equal("Unbranded", InlineText.Of(blocks.OfType<Heading>().Single().Content));
            Assert.Equal((120, 120), (blocks.OfType<Figure>().Single().Image.PixelWidth, blocks.OfType<Figure>().Single().Image.PixelHeight));
        }
    }

    [Fact]
    public void A_misspelt_brand_field_is_an_error_at_the_template_line()
    {
        using var folder = new TempFolder();
        folder.Write("pack/template.yaml", "name: tiny\nmain: paper.sbn\n");
        var template = folder.Write("pack/paper.sbn", "Text\n\n{{ brand.nmae }}\n");
        var data = folder.Write("paper.yaml", "a: 1\n");

        var result = BriefingEngine.Load(Path.Combine(folder.Path, "pack"), TestEngines.Options() with { BrandDirectory = BrandKits.Folder("ember") }).Render(DataSource.FromFile(data));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(3, error.Location.Line);
        Assert.EndsWith("paper.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("no field 'nmae'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_packs_own_brand_applies_by_default_and_a_chosen_kit_replaces_it()
    {
        using var folder = new TempFolder();
        var pack = BrandKits.ReportPack(folder, topSettings: "brand: brand/\n");
        BrandKits.Copy("ember", pack, "brand");

        var own = BriefingEngine.Load(pack, TestEngines.Options());
        var chosen = BriefingEngine.Load(pack, TestEngines.Options() with { BrandDirectory = BrandKits.Folder("harbour") });

        Assert.Equal("Ember & Co", own.Pack!.Brand!.Name);
        Assert.Equal("B3261E", own.Pack.Theme.Colors.Heading);
        Assert.Equal("Harbour Advisory", chosen.Pack!.Brand!.Name);
        Assert.Equal("14284B", chosen.Pack.Theme.Colors.Heading);
    }

    [Fact]
    public void The_header_logo_stands_in_every_section_but_the_cover_whose_header_is_blank()
    {
        using var folder = new TempFolder();
        var pack = BrandKits.ReportPack(folder, "  header_logo: \"{{ brand?.logos?.mark }}\"\n  header_logo_height: 10\n  header_logo_side: right\n");

        var result = BriefingEngine.Load(pack, TestEngines.Options() with { BrandDirectory = BrandKits.Folder("harbour") }).Render(DataSource.FromFile(BrandKits.ClientReport));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var sections = result.Document!.Sections;
        Assert.Null(sections[0].Furniture.HeaderLogo);
        Assert.All(sections.Skip(1), s =>
        {
            var logo = Assert.IsType<HeaderLogo>(s.Furniture.HeaderLogo);
            Assert.Equal((10, HeaderLogoSide.Right, "Harbour Advisory"), (logo.HeightMm, logo.Side, logo.AltText));
            Assert.Equal((120, 120), (logo.Image.PixelWidth, logo.Image.PixelHeight));
        });
    }

    [Fact]
    public void Without_a_kit_the_header_logo_expression_comes_out_empty_and_no_logo_is_drawn()
    {
        using var folder = new TempFolder();
        var pack = BrandKits.ReportPack(folder);

        var result = BriefingEngine.Load(pack, TestEngines.Options()).Render(DataSource.FromFile(BrandKits.ClientReport));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Document!.Sections, s => Assert.Null(s.Furniture.HeaderLogo));
    }

    [Fact]
    public void A_bad_header_logo_side_is_an_error_at_its_line()
    {
        using var folder = new TempFolder();
        var pack = BrandKits.ReportPack(folder, "  header_logo: x.png\n  header_logo_side: middle\n");

        var engine = BriefingEngine.Load(pack, TestEngines.Options());

        Assert.Null(engine.Pack);
        var error = Assert.Single(engine.PackDiagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("page.header_logo_side", error.DataPath);
        Assert.Contains("expected left or right", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 0);
    }

    [Fact]
    public void A_header_logo_that_is_not_found_is_an_error_naming_the_manifest_setting()
    {
        using var folder = new TempFolder();
        var pack = BrandKits.ReportPack(folder, "  header_logo: missing.png\n");

        var result = BriefingEngine.Load(pack, TestEngines.Options()).Render(DataSource.FromFile(BrandKits.ClientReport), "md");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("header logo: image 'missing.png' was not found", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public void A_header_logo_too_wide_for_the_header_is_an_error_naming_the_manifest_setting()
    {
        using var folder = new TempFolder();
        var pack = BrandKits.ReportPack(folder, "  header_logo: wide.svg\n");
        File.WriteAllText(Path.Combine(pack, "wide.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2000\" height=\"100\" viewBox=\"0 0 2000 100\"><rect width=\"2000\" height=\"100\" fill=\"#123456\"/></svg>");

        var result = BriefingEngine.Load(pack, TestEngines.Options()).Render(DataSource.FromFile(BrandKits.ClientReport), "md");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("header logo: at 8 mm high the picture (2000×100 pixels) is 160 mm wide, more than a third of the", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outputs);
    }
}
