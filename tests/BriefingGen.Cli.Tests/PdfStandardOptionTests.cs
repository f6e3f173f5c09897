using System.Diagnostics;
using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

public class PdfStandardOptionTests
{
    [Theory]
    [InlineData(null, true, true)]
    [InlineData("ua1", true, false)]
    [InlineData("a2b", false, true)]
    [InlineData("none", false, false)]
    public void Render_writes_the_standard_asked_for_else_the_packs(string? standard, bool ua, bool pdfA)
    {
        using var folder = new TempFolder();
        string[] args = ["render", RepositoryPaths.Sample, "--out", folder.Path, "--format", "pdf"];
        var (exit, _, error) = Cli.Run(standard is null ? args : [.. args, "--pdf-standard", standard]);
        Assert.True(exit == 0, error);
        var meta = Meta(Path.Combine(folder.Path, "norway-russia.pdf"));
        Assert.Equal(ua, meta.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal));
        Assert.Equal(pdfA, meta.Contains("<pdfaid:part>2</pdfaid:part>", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_standard_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var (exit, _, error) = Cli.Run("render", RepositoryPaths.Sample, "--out", folder.Path, "--pdf-standard", "a3b");
        Assert.Equal(2, exit);
        Assert.Contains("a3b", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Digest_takes_the_option_too()
    {
        using var folder = new TempFolder();
        var digest = Path.Combine(RepositoryPaths.Root, "templates", "weekly-digest", "examples", "high-north.yaml");
        var (exit, _, error) = Cli.Run("digest", digest, "--out", folder.Path, "--format", "pdf", "--pdf-standard", "ua1");
        Assert.True(exit == 0, error);
        var meta = Meta(Path.Combine(folder.Path, "high-north.pdf"));
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", meta, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", meta, StringComparison.Ordinal);
    }

    private static string Meta(string pdf)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, ArgumentList = { "-meta", pdf } };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
