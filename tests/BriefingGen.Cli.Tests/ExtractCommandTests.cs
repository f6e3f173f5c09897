using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

/// <summary><c>briefgen extract</c>: the data back from a paper, as YAML or JSON, checked and with its changes listed.</summary>
public class ExtractCommandTests
{
    [Fact]
    public void An_unedited_paper_gives_back_its_data_as_YAML_or_JSON_with_no_changes()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Cli.Run("render", RepositoryPaths.Sample, "--format", "docx", "--out", folder.Path).Exit);
        var paper = Path.Combine(folder.Path, "norway-russia.docx");

        var yaml = Path.Combine(folder.Path, "back.yaml");
        var (exit, output, error) = Cli.Run("extract", paper, "--out", yaml);
        Assert.True(exit == 0, error);
        Assert.Contains("no changes since the paper was made", output, StringComparison.Ordinal);
        var original = Data.DataLoader.Load(RepositoryPaths.Sample).Root!;
        Assert.Equal(Data.YamlDataWriter.Write(original), File.ReadAllText(yaml));

        var json = Path.Combine(folder.Path, "back.json");
        Assert.Equal(0, Cli.Run("extract", paper, "--out", json).Exit);
        Assert.Equal(Data.JsonDataWriter.Write(original), File.ReadAllText(json));

        var (toStdout, printed, _) = Cli.Run("extract", paper);
        Assert.Equal(0, toStdout);
        Assert.Equal(Data.YamlDataWriter.Write(original), printed);
    }

    [Fact]
    public void An_edit_outside_the_schema_is_reported_at_its_control_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Cli.Run("render", RepositoryPaths.Sample, "--format", "docx", "--out", folder.Path).Exit);
        var paper = Path.Combine(folder.Path, "norway-russia.docx");
        var edited = Word.Tests.Binding.BoundPapers.Edit(File.ReadAllBytes(paper), "risks[1].likelihood", "7");
        File.WriteAllBytes(paper, edited);

        var data = Path.Combine(folder.Path, "back.yaml");
        var (exit, _, error) = Cli.Run("extract", paper, "--out", data);
        Assert.Equal(1, exit);
        Assert.Contains("risks[1].likelihood: content control 'Risk R2 — likelihood':", error, StringComparison.Ordinal);
        Assert.False(File.Exists(data));
    }

    [Fact]
    public void A_digest_that_summarised_brief_files_gives_back_its_data()
    {
        using var folder = new TempFolder();
        var example = Path.Combine(RepositoryPaths.Root, "templates", "weekly-digest", "examples", "high-north.yaml");
        var (made, _, madeError) = Cli.Run("digest", example, "--format", "docx", "--out", folder.Path);
        Assert.True(made == 0, madeError);

        var data = Path.Combine(folder.Path, "data.yaml");
        var (exit, output, error) = Cli.Run("extract", Path.Combine(folder.Path, "high-north.docx"), "--out", data);

        Assert.True(exit == 0, error);
        Assert.Contains("no changes since the paper was made", output, StringComparison.Ordinal);
        Assert.Contains("brief_files:", File.ReadAllText(data), StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_are_listed_by_path()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Cli.Run("render", RepositoryPaths.Sample, "--format", "docx", "--out", folder.Path).Exit);
        var paper = Path.Combine(folder.Path, "norway-russia.docx");
        File.WriteAllBytes(paper, Word.Tests.Binding.BoundPapers.Edit(File.ReadAllBytes(paper), "risks[1].likelihood", "4"));

        var (exit, output, error) = Cli.Run("extract", paper, "--out", Path.Combine(folder.Path, "back.yaml"));
        Assert.True(exit == 0, error);
        Assert.Contains("1 change since the paper was made:", output, StringComparison.Ordinal);
        Assert.Contains("changed risks[1].likelihood: 2 → 4", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_paper_with_data_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var notAPaper = folder.Write("notes.docx", "not a zip");
        var (exit, _, error) = Cli.Run("extract", notAPaper);
        Assert.Equal(1, exit);
        Assert.Contains("not a Word document", error, StringComparison.Ordinal);
        Assert.Equal(1, Cli.Run("extract", Path.Combine(folder.Path, "missing.docx")).Exit);
    }
}
