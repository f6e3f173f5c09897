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
}
