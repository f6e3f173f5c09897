using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Brands;

/// <summary>A broken brand kit is a diagnostic at the kit's file, line and column, and no engine that could write a paper.</summary>
public class BrandKitDiagnosticTests
{
    private static Diagnostic OnlyError(string kit)
    {
        var engine = BriefingEngine.Load(PackExamples.Pack("client-report"), TestEngines.Options() with { BrandDirectory = kit });
        Assert.Null(engine.Pack);
        return Assert.Single(engine.PackDiagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_unknown_brand_folder_is_named_as_such()
    {
        using var folder = new TempFolder();
        var error = OnlyError(Path.Combine(folder.Path, "no-such-kit"));
        Assert.Contains("no brand kit folder", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("no-such-kit", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_brand_yaml_is_not_a_kit()
    {
        using var folder = new TempFolder();
        folder.Write("kit/theme.yaml", "colors: { heading: 123456 }\n");
        Assert.Contains("has no brand.yaml", OnlyError(Path.Combine(folder.Path, "kit")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme.yaml", "link-out", "the brand kit's theme.yaml leads outside the kit")]
    [InlineData("theme.yaml", "folder", "the brand kit's theme.yaml is a folder; expected a file")]
    [InlineData("theme.yaml", "dangling", "the brand kit's theme.yaml is a link to nothing; expected a file")]
    [InlineData("fonts", "file", "the brand kit's fonts is a file; expected a folder")]
    [InlineData("fonts", "link-out", "the brand kit's fonts leads outside the kit")]
    [InlineData("reference.docx", "folder", "the brand kit's reference.docx is a folder; expected a file")]
    public void A_part_of_the_kit_that_cannot_be_used_is_an_error_not_left_out(string part, string kind, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("kit/brand.yaml", "name: Slate\n");
        var outside = folder.Write("elsewhere/theme.yaml", "colors: { heading: nonsense }\n");
        var path = Path.Combine(folder.Path, "kit", part);
        switch (kind)
        {
            case "link-out":
                File.CreateSymbolicLink(path, part == "fonts" ? Path.GetDirectoryName(outside)! : outside);
                break;
            case "folder":
                Directory.CreateDirectory(path);
                break;
            case "dangling":
                File.CreateSymbolicLink(path, Path.Combine(folder.Path, "kit", "gone.yaml"));
                break;
            default:
                File.WriteAllText(path, "x");
                break;
        }

        var error = OnlyError(Path.Combine(folder.Path, "kit"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Location.File);
    }

    [Fact]
    public void A_syntax_error_in_brand_yaml_is_reported_at_its_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("kit/brand.yaml", "name: Slate\nlogos:\n  primary: [unclosed\n");
        var error = OnlyError(Path.Combine(folder.Path, "kit"));
        Assert.Equal(file, error.Location.File);
        Assert.True(error.Location.Line >= 3, error.ToString());
    }

    [Fact]
    public void An_unknown_key_in_brand_yaml_is_reported_with_the_nearest_known_one()
    {
        using var folder = new TempFolder();
        var file = folder.Write("kit/brand.yaml", "name: Slate\nlogo:\n  primary: x.png\n");
        var error = OnlyError(Path.Combine(folder.Path, "kit"));
        Assert.Equal(new SourceLocation(file, 2, 1), error.Location);
        Assert.Contains("unknown setting 'logo'; did you mean 'logos'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_logo_is_reported_at_the_line_that_names_it()
    {
        using var folder = new TempFolder();
        var file = folder.Write("kit/brand.yaml", "name: Slate\nlogos:\n  primary: logos/gone.png\n");
        var error = OnlyError(Path.Combine(folder.Path, "kit"));
        Assert.Equal(new SourceLocation(file, 3, 12), error.Location);
        Assert.Equal("logos.primary", error.DataPath);
        Assert.Contains("'logos/gone.png' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_that_is_no_picture_is_refused_by_the_image_loader()
    {
        using var folder = new TempFolder();
        var kit = BrandKits.Copy("harbour", folder.Path, "kit");
        File.WriteAllText(Path.Combine(kit, "logos", "mark.png"), "<svg>not a PNG</svg>");
        var error = OnlyError(kit);
        Assert.Equal(new SourceLocation(Path.Combine(kit, "brand.yaml"), 7, 9), error.Location);
        Assert.Contains("image 'logos/mark.png'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_outside_the_kit_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("secret.png", "x");
        folder.Write("kit/brand.yaml", "name: Slate\nlogos:\n  primary: ../secret.png\n");
        Assert.Contains("leads outside the brand kit", OnlyError(Path.Combine(folder.Path, "kit")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_colour_in_the_kits_theme_is_reported_at_the_kits_file()
    {
        using var folder = new TempFolder();
        var kit = BrandKits.Copy("ember", folder.Path, "kit");
        var theme = Path.Combine(kit, "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("heading: B3261E", "heading: crimson", StringComparison.Ordinal));
        var error = OnlyError(kit);
        Assert.Equal(theme, error.Location.File);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("colors.heading", error.DataPath);
    }

    [Fact]
    public void A_brand_named_by_the_pack_outside_its_folder_is_refused_at_the_manifest_line()
    {
        using var folder = new TempFolder();
        var pack = BrandKits.ReportPack(folder, topSettings: "brand: ../elsewhere\n");
        var engine = BriefingEngine.Load(pack, TestEngines.Options());
        Assert.Null(engine.Pack);
        var error = Assert.Single(engine.PackDiagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Path.Combine(pack, "template.yaml"), error.Location.File);
        Assert.True(error.Location.Line > 0);
        Assert.Contains("leads outside the template pack", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page: { margin_left: 100, margin_right: 100 }\n", "page", 1, 22, "the left and right margins leave")]
    [InlineData("page: { margin_top: 5, header_distance: 50 }\n", "page.header_distance", 1, 41, "the header is 50 mm from the edge")]
    public void A_page_the_kit_makes_impossible_is_an_error_at_the_kit_s_value(string theme, string path, int line, int column, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("kit/brand.yaml", "name: Slate\n");
        var kitTheme = folder.Write("kit/theme.yaml", theme);

        var error = OnlyError(Path.Combine(folder.Path, "kit"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal((kitTheme, line, column, path), (error.Location.File, error.Location.Line, error.Location.Column, error.DataPath));
    }

    [Fact]
    public void A_colour_the_kit_makes_unreadable_is_warned_about_at_the_kit_s_value()
    {
        using var folder = new TempFolder();
        folder.Write("kit/brand.yaml", "name: Slate\n");
        var kitTheme = folder.Write("kit/theme.yaml", "colors:\n  table_header_fill: FFFFFF\n");

        var engine = BriefingEngine.Load(PackExamples.Pack("client-report"), TestEngines.Options() with { BrandDirectory = Path.Combine(folder.Path, "kit") });

        var warning = Assert.Single(engine.PackDiagnostics, d => d.DataPath == "colors.table_header");
        Assert.Equal((kitTheme, 2, 22), (warning.Location.File, warning.Location.Line, warning.Location.Column));
    }
}
