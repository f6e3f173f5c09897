namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Class 6: an output folder that cannot be written leaves a clear reason and no half-written paper.</summary>
public class EnvironmentTests
{
    [Fact]
    public void An_output_folder_that_is_a_file_is_named_in_the_error()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("b.yaml", Hostile.Brief());
        var file = h.Folder.Write("taken", "keep me");
        foreach (var @out in new[] { file, Path.Combine(file, "below") })
        {
            var (exit, error) = h.Run("render", data, "--out", @out);
            Assert.Equal(1, exit);
            Assert.Contains($"{file} is a file, not a folder", error, StringComparison.Ordinal);
        }

        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void When_one_file_of_a_paper_cannot_be_written_none_of_it_is()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("b.yaml", Hostile.Brief());
        Directory.CreateDirectory(Path.Combine(h.Out, "b.pdf"));
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("b.pdf: a folder of that name is in the way", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(h.Out, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_batch_renders_the_good_papers_and_names_the_bad_one()
    {
        using var h = new Hostile();
        var good = h.Folder.Write("good.yaml", Hostile.Brief());
        var bad = h.Folder.Write("bad.yaml", "title: [\n");
        var (exit, error) = h.RunBatch("render", bad, good, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("bad.yaml:2:1: YAML syntax error", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(h.Out, "good.pdf")));
        Assert.True(File.Exists(Path.Combine(h.Out, "good.docx")));
        Assert.False(File.Exists(Path.Combine(h.Out, "bad.pdf")));
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_run_are_cleared()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("b.yaml", Hostile.Brief());
        Directory.CreateDirectory(h.Out);
        var dead = Path.Combine(h.Out, ".b.pdf.999999999.tmp");
        File.WriteAllText(dead, "half a paper");
        Assert.Equal(0, h.Run("render", data, "--format", "pdf", "--out", h.Out).Exit);
        Assert.False(File.Exists(dead));
        Assert.Equal(["b.pdf"], Directory.GetFiles(h.Out).Select(Path.GetFileName));
    }

    [Fact]
    public void A_paper_whose_pdf_cannot_replace_the_old_one_keeps_its_old_docx_too()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("b.yaml", Hostile.Brief());
        Assert.Equal(0, h.Run("render", data, "--out", h.Out).Exit);
        var docx = File.ReadAllBytes(Path.Combine(h.Out, "b.docx"));
        var pdf = File.ReadAllBytes(Path.Combine(h.Out, "b.pdf"));

        // A folder where the old .pdf would be set aside: the .docx has moved in when the .pdf's turn fails.
        File.WriteAllText(data, Hostile.Brief().Replace("title: Hostile", "title: Changed", StringComparison.Ordinal));
        var blocked = Path.Combine(h.Out, $".b.pdf.old.{Environment.ProcessId}.tmp");
        Directory.CreateDirectory(blocked);
        var (exit, error) = h.RunBatch("render", data, "--out", h.Out);

        Assert.Equal(1, exit);
        Assert.Contains("not written; cannot write", error, StringComparison.Ordinal);
        Assert.Equal(docx, File.ReadAllBytes(Path.Combine(h.Out, "b.docx")));
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(h.Out, "b.pdf")));
        Assert.Equal(["b.docx", "b.pdf"], Directory.GetFiles(h.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void One_run_clears_every_papers_leftovers_and_nothing_else()
    {
        using var h = new Hostile();
        var first = h.Folder.Write("a.yaml", Hostile.Brief());
        var second = h.Folder.Write("b.yaml", Hostile.Brief());
        Directory.CreateDirectory(h.Out);
        string[] dead = [".a.pdf.999999999.tmp", ".b.pdf.999999998.tmp", ".b.pdf.999999997.tmp", ".b.pdf.old.999999996.tmp"];
        string[] kept = [".notes.tmp", ".b.pdf.draft.tmp", "b.pdf.999999999.tmp"];
        foreach (var name in dead.Concat(kept))
        {
            File.WriteAllText(Path.Combine(h.Out, name), "half a paper");
        }

        Assert.Equal(0, h.Run("render", first, second, "--format", "pdf", "--out", h.Out).Exit);
        Assert.Equal([.. kept.Append("a.pdf").Append("b.pdf").Order(StringComparer.Ordinal)], Directory.GetFiles(h.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(250, "")]
    [InlineData(120, "ø")]
    public void A_data_file_with_a_name_as_long_as_the_file_system_allows_renders_and_its_leftovers_are_cleared(int repeat, string letter)
    {
        using var h = new Hostile();
        var stem = string.Concat(Enumerable.Repeat(letter.Length == 0 ? "b" : letter, repeat));
        var data = h.Folder.Write(stem + ".yaml", Hostile.Brief());
        Directory.CreateDirectory(h.Out);
        Assert.Equal(0, h.Run("render", data, "--format", "pdf", "--out", h.Out).Exit);
        Assert.Equal([stem + ".pdf"], Directory.GetFiles(h.Out).Select(Path.GetFileName));

        // A killed run's temporary file has a shortened name that still fits; the next run clears it.
        var dead = Path.Combine(h.Out, $".{Output.PaperWriter.Stem(stem + ".pdf")}.999999999.tmp");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(dead)) <= 255);
        File.WriteAllText(dead, "half a paper");
        Assert.Equal(0, h.Run("render", data, "--format", "pdf", "--out", h.Out).Exit);
        Assert.Equal([stem + ".pdf"], Directory.GetFiles(h.Out).Select(Path.GetFileName));
    }
}
