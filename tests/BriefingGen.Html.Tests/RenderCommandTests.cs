using BriefingGen.Cli;
using BriefingGen.Testing;

namespace BriefingGen.Html.Tests;

/// <summary><c>briefgen render --format</c> writes each web and mail format under its own name, and <c>all</c> stays Word and PDF.</summary>
public class RenderCommandTests
{
    [Theory]
    [InlineData("html", "norway-russia.html")]
    [InlineData("html-email", "norway-russia.email.html")]
    [InlineData("text", "norway-russia.txt")]
    [InlineData("eml", "norway-russia.eml")]
    [InlineData("all", "norway-russia.docx,norway-russia.pdf")]
    public void Each_format_writes_its_file(string format, string files)
    {
        using var folder = new TempFolder();
        var exit = BriefgenApp.Run(["render", RepositoryPaths.Sample, "--format", format, "--out", folder.Path], new StringWriter(), new StringWriter());
        Assert.Equal(0, exit);
        Assert.Equal(files.Split(','), Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_digest_with_its_redline_is_a_page_too()
    {
        using var folder = new TempFolder();
        var examples = Path.Combine(RepositoryPaths.Root, "templates", "weekly-digest", "examples");
        var error = new StringWriter();
        var exit = BriefgenApp.Run(
            ["digest", Path.Combine(examples, "high-north.yaml"), "--previous", Path.Combine(examples, "snapshots", "high-north-2026-W48.snapshot.json"), "--redline", "--format", "html", "--out", folder.Path],
            new StringWriter(),
            error);
        Assert.True(exit == 0, error.ToString());
        var page = File.ReadAllText(Path.Combine(folder.Path, "high-north.html"));
        var levels = Support.HtmlOutput.HeadingLevels(page);
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1));
        Assert.Contains("<del datetime=", page, StringComparison.Ordinal);
        Assert.Contains(">Changes since 23 November 2026</h2>", page, StringComparison.Ordinal);
    }
}
