using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Brands;

/// <summary>A brand kit's theme.yaml is laid over the pack's key by key: maps merge, lists and values replace.</summary>
public class BrandKitThemeTests
{
    [Fact]
    public void A_kit_that_sets_two_values_keeps_the_rest_of_the_packs_theme()
    {
        using var folder = new TempFolder();
        folder.Write("kit/brand.yaml", "name: Slate\n");
        folder.Write("kit/theme.yaml", "colors:\n  heading: 123456\nfonts:\n  body: [Liberation Serif]\n");
        var pack = PackExamples.Pack("client-report");
        var plain = TestEngines.Load(pack).Pack!.Theme;

        var branded = BriefingEngine.Load(pack, TestEngines.Options() with { BrandDirectory = Path.Combine(folder.Path, "kit") });

        Assert.NotNull(branded.Pack);
        var theme = branded.Pack!.Theme;
        Assert.Equal("123456", theme.Colors.Heading);
        Assert.Equal(["Liberation Serif"], theme.Fonts.Body);
        Assert.NotEqual(plain.Colors.Heading, theme.Colors.Heading);
        Assert.Equal(plain.Colors.Accent, theme.Colors.Accent);
        Assert.Equal(plain.Fonts.Heading, theme.Fonts.Heading);
        Assert.Equal(plain.Page, theme.Page);
        Assert.Equal(plain.BodySize, theme.BodySize);
        Assert.Equal(plain.Shades.Keys.Order(), theme.Shades.Keys.Order());
        Assert.Equal("123456", branded.StyleSheet!.Paragraph(BriefingGen.Styling.StyleRoles.Heading(1)).Text.Color);
    }

    [Fact]
    public void Nested_maps_merge_while_a_list_in_the_kit_replaces_the_packs_whole()
    {
        using var folder = new TempFolder();
        folder.Write("kit/brand.yaml", "name: Slate\n");
        folder.Write("kit/theme.yaml", "fonts:\n  heading: [Liberation Serif]\ncallouts:\n  answer: { fill: FFF4E5 }\nstyles:\n  title: { size: 40 }\n");
        var pack = PackExamples.Pack("client-report");
        var plain = TestEngines.Load(pack).Pack!.Theme;

        var theme = BriefingEngine.Load(pack, TestEngines.Options() with { BrandDirectory = Path.Combine(folder.Path, "kit") }).Pack!.Theme;

        Assert.Equal(["Liberation Serif"], theme.Fonts.Heading);
        Assert.Equal("FFF4E5", theme.Callouts["answer"].Fill);
        Assert.Equal(plain.Callouts["answer"].Text, theme.Callouts["answer"].Text);
        Assert.Equal(40, theme.Styles["title"].Size);
        Assert.Equal(plain.Styles["title"].SpaceAfter, theme.Styles["title"].SpaceAfter);
        Assert.True(theme.Styles.ContainsKey("cover-kicker"));
    }

    [Fact]
    public void Each_test_kit_gives_the_report_its_own_heading_colour_and_fonts()
    {
        var pack = PackExamples.Pack("client-report");
        var harbour = BriefingEngine.Load(pack, TestEngines.Options() with { BrandDirectory = BrandKits.Folder("harbour") });
        var ember = BriefingEngine.Load(pack, TestEngines.Options() with { BrandDirectory = BrandKits.Folder("ember") });

        Assert.Empty(harbour.PackDiagnostics);
        Assert.Equal("14284B", harbour.Pack!.Theme.Colors.Heading);
        Assert.Equal(["Liberation Serif"], harbour.Pack.Theme.Fonts.Heading);
        Assert.Equal(Path.Combine(BrandKits.Folder("harbour"), "fonts"), harbour.Pack.FontFolders[0]);
        Assert.Null(harbour.Pack.ReferenceDocPath);
        Assert.Equal("B3261E", ember.Pack!.Theme.Colors.Heading);
        Assert.Equal(Path.Combine(BrandKits.Folder("ember"), "reference.docx"), ember.Pack.ReferenceDocPath);
    }
}
