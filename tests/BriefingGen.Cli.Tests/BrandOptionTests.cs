using System.IO.Compression;
using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

/// <summary><c>--brand DIR</c> restyles the papers of <c>render</c>, <c>validate</c> and <c>digest</c>; a broken kit writes nothing.</summary>
public class BrandOptionTests
{
    private static string Styles(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/styles.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("harbour", "14284B")]
    [InlineData("ember", "B3261E")]
    public void Render_dresses_the_report_in_the_kit_asked_for(string kit, string color)
    {
        using var folder = new TempFolder();
        var (exit, _, error) = Cli.Run("render", BrandKits.ClientReport, "--brand", BrandKits.Folder(kit), "--format", "docx", "--out", folder.Path);

        Assert.True(exit == 0, error);
        Assert.Contains($"<w:color w:val=\"{color}\" />", Styles(Path.Combine(folder.Path, "arctic-shipping-readiness.docx")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_brand_folder_is_an_input_error_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var (exit, _, error) = Cli.Run("render", BrandKits.ClientReport, "--brand", Path.Combine(folder.Path, "nowhere"), "--out", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("no brand kit folder", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_kit_with_a_bad_colour_is_blamed_at_its_own_file_and_line_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var kit = BrandKits.Copy("harbour", folder.Path, "kit");
        File.WriteAllText(Path.Combine(kit, "theme.yaml"), "colors:\n  heading: navy\n");
        var output = Path.Combine(folder.Path, "out");

        var (exit, _, error) = Cli.Run("render", BrandKits.ClientReport, "--brand", kit, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains(Path.Combine(kit, "theme.yaml") + ":2:12: colors.heading:", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Validate_loads_the_kit_and_reports_its_mistakes()
    {
        using var folder = new TempFolder();
        var kit = BrandKits.Copy("ember", folder.Path, "kit");
        Assert.Equal(0, Cli.Run("validate", BrandKits.ClientReport, "--brand", kit).Exit);

        File.WriteAllText(Path.Combine(kit, "brand.yaml"), "name: Ember\nlogos:\n  primary: logos/nope.png\n");
        var (exit, _, error) = Cli.Run("validate", BrandKits.ClientReport, "--brand", kit);

        Assert.Equal(1, exit);
        Assert.Contains("brand.yaml:3:12: logos.primary: the logo 'logos/nope.png' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_takes_the_option_too()
    {
        using var folder = new TempFolder();
        var digest = Path.Combine(RepositoryPaths.Root, "templates", "weekly-digest", "examples", "high-north.yaml");
        var (exit, _, error) = Cli.Run("digest", digest, "--brand", BrandKits.Folder("harbour"), "--format", "docx", "--out", folder.Path);

        Assert.True(exit == 0, error);
        Assert.Contains("<w:color w:val=\"14284B\" />", Styles(Path.Combine(folder.Path, "high-north.docx")), StringComparison.Ordinal);
    }
}
