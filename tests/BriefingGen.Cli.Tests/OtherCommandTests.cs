using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

public class OtherCommandTests
{
    [Fact]
    public void Validate_accepts_the_sample_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var copy = Path.Combine(folder.Path, "sample.yaml");
        File.Copy(RepositoryPaths.Sample, copy);
        var (exit, output, _) = Cli.Run("validate", copy);
        Assert.Equal(0, exit);
        Assert.Contains("valid (policy-brief)", output, StringComparison.Ordinal);
        Assert.Equal([copy], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Validate_reports_every_error_and_exits_1()
    {
        using var folder = new TempFolder();
        var data = folder.Write("bad.yaml", "title: T\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\nrisks:\n  - { title: R, likelihood: very high, impact: 9 }\n");
        var (exit, _, error) = Cli.Run("validate", data);
        Assert.Equal(1, exit);
        Assert.Contains($"{data}:6:29: risks[0].likelihood: expected a whole number from 1 to 5, got \"very high\"", error, StringComparison.Ordinal);
        Assert.Contains("risks[0].impact: expected a whole number from 1 to 5, got 9", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_lists_the_shipped_pack()
    {
        var (exit, output, _) = Cli.Run("templates");
        Assert.Equal(0, exit);
        Assert.Contains("policy-brief", output, StringComparison.Ordinal);
        Assert.Contains("risk register", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_files_template_key_chooses_the_pack()
    {
        using var folder = new TempFolder();
        var data = folder.Write("brief.yaml", "template: no-such-pack\ntitle: T\n");
        var (exit, _, error) = Cli.Run("validate", data);
        Assert.Equal(1, exit);
        Assert.Contains("no template pack 'no-such-pack'", error, StringComparison.Ordinal);
    }
}
