using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

/// <summary><c>briefgen validate --accessibility</c>: what Word's accessibility checker would flag, and an exit code a script can act on.</summary>
public class AccessibilityCommandTests
{
    [Fact]
    public void The_sample_has_nothing_to_flag()
    {
        var (exit, output, _) = Cli.Run("validate", "--accessibility", RepositoryPaths.Sample);

        Assert.Equal(0, exit);
        Assert.Contains("accessibility of the Word file: 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_without_alternative_text_is_named_and_fails_the_check()
    {
        using var folder = new TempFolder();
        folder.Write("pack/template.yaml", "name: pictures\nmain: main.sbn\nmetadata:\n  title: Pictures\n  language: en-GB\n");
        folder.Write("pack/main.sbn", "# Map\n\n![]({{ data.picture }})\n");
        File.WriteAllBytes(Path.Combine(folder.Path, "map.png"), PngFiles.Build(4, 3, colorType: 2, depth: 8));
        var data = folder.Write("paper.yaml", "picture: map.png\n");

        var (exit, output, error) = Cli.Run("validate", "--accessibility", "--template", Path.Combine(folder.Path, "pack"), data);

        Assert.Equal(1, exit);
        Assert.Contains("accessibility error: missing-alt-text: picture 1", error, StringComparison.Ordinal);
        Assert.Contains("under “Map”", error, StringComparison.Ordinal);
        Assert.Contains("1 error, 0 warnings", output, StringComparison.Ordinal);
        Assert.Equal(["map.png", "paper.yaml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
