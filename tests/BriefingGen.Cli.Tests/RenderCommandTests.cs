using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingGen.Cli.Tests;

public class RenderCommandTests
{
    [Fact]
    public void Renders_the_sample_to_a_docx_named_after_the_data_file()
    {
        using var folder = new TempFolder();
        var (exit, output, error) = Cli.Run("render", RepositoryPaths.Sample, "--out", folder.Path, "--format", "docx");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var docx = Path.Combine(folder.Path, "norway-russia.docx");
        Assert.Contains("wrote " + docx, output, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(docx, false);
        Assert.Contains("Norway\u2019s policy towards Russia", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.Equal(["norway-russia.docx"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Bad_data_exits_1_with_file_line_column_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var data = folder.Write("brief.yaml", "title: T\ndate: 2026-13-01\nsummary: S\npillars: [{name: P}]\n");
        var outDir = Path.Combine(folder.Path, "out");
        var (exit, _, error) = Cli.Run("render", data, "--out", outDir);
        Assert.Equal(1, exit);
        Assert.Contains($"{data}:2:7: date: expected a date as YYYY-MM-DD, got \"2026-13-01\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_untouched()
    {
        using var folder = new TempFolder();
        var target = folder.Write("brief.docx", "previous version");
        var data = folder.Write("brief.yaml", "title: T\n");
        Assert.Equal(1, Cli.Run("render", data, "--out", folder.Path).Exit);
        Assert.Equal("previous version", File.ReadAllText(target));
        Assert.DoesNotContain(Directory.GetFiles(folder.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_format_writes_both_docx_and_pdf()
    {
        using var folder = new TempFolder();
        var (exit, output, error) = Cli.Run("render", RepositoryPaths.Sample, "--out", folder.Path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(["norway-russia.docx", "norway-russia.pdf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var pdf = Path.Combine(folder.Path, "norway-russia.pdf");
        Assert.Contains("wrote " + pdf, output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(bytes[^8..]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "x.yaml", "--format", "rtf")]
    [InlineData("frobnicate")]
    [InlineData("render", "x.yaml", "--no-such-option")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("briefgen", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_template_pack_is_an_input_error()
    {
        var (exit, _, error) = Cli.Run("render", RepositoryPaths.Sample, "--template", "no-such-pack");
        Assert.Equal(1, exit);
        Assert.Contains("no template pack 'no-such-pack'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_md_format_writes_the_composed_Markdown_for_template_authors()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Cli.Run("render", RepositoryPaths.Sample, "--format", "md", "--out", folder.Path).Exit);
        Assert.StartsWith("::: title", File.ReadAllText(Path.Combine(folder.Path, "norway-russia.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_data_renders_like_YAML()
    {
        using var folder = new TempFolder();
        var data = folder.Write("brief.json", """{"title": "T", "date": "2026-10-05", "summary": "S", "pillars": [{"name": "P"}]}""");
        Assert.Equal(0, Cli.Run("render", data, "--out", folder.Path, "--format", "docx").Exit);
        Assert.True(File.Exists(Path.Combine(folder.Path, "brief.docx")));
    }

    [Fact]
    public void Many_files_in_one_run_each_get_their_own_identical_paper()
    {
        using var folder = new TempFolder();
        var first = folder.Write("in/first.yaml", File.ReadAllText(RepositoryPaths.Sample));
        var second = folder.Write("in/second.yaml", File.ReadAllText(RepositoryPaths.Sample));
        var outDir = Path.Combine(folder.Path, "out");
        Assert.Equal(0, Cli.Run("render", first, second, "--out", outDir).Exit);
        foreach (var extension in new[] { ".docx", ".pdf" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(outDir, "first" + extension)), File.ReadAllBytes(Path.Combine(outDir, "second" + extension)));
        }
    }

    [Theory]
    [InlineData("5", "no template pack '5'")]
    [InlineData("true", "no template pack 'true'")]
    [InlineData("\"\"", "the field names no pack")]
    [InlineData("{ name: policy-brief }", "expected the name of a template pack, such as policy-brief, got a map")]
    [InlineData("[policy-brief]", "expected the name of a template pack, such as policy-brief, got a list")]
    [InlineData("../templates/policy-brief", "the field must name a pack (such as policy-brief), not a path")]
    public void A_template_field_that_names_no_pack_is_refused_where_it_stands_not_rendered_with_the_default(string value, string message)
    {
        using var folder = new TempFolder();
        var data = folder.Write("brief.yaml", $"template: {value}\ntitle: T\ndate: 2026-10-05\nsummary: S\npillars: [{{name: P}}]\n");
        var (exit, _, error) = Cli.Run("render", data, "--format", "md", "--out", Path.Combine(folder.Path, "out"));
        Assert.NotEqual(0, exit);
        Assert.Contains($"{data}:1:11: template: {message}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "out", "brief.md")));
    }

    [Fact]
    public void In_a_batch_every_file_that_names_a_missing_pack_is_told_at_its_own_field()
    {
        using var folder = new TempFolder();
        var files = Enumerable.Range(1, 4)
            .Select(i => folder.Write($"p{i}.yaml", $"# paper {i}\n{new string('\n', i)}template: no-such-pack\ntitle: T\n"))
            .ToArray();
        var (exit, _, error) = Cli.Run(["render", .. files, "--jobs", "4", "--out", Path.Combine(folder.Path, "out")]);

        Assert.Equal(1, exit);
        for (var i = 0; i < files.Length; i++)
        {
            Assert.Contains($"{files[i]}:{i + 3}:11: template: no template pack 'no-such-pack'", error, StringComparison.Ordinal);
        }

        // In input order, whichever file's turn came first.
        var order = files.Select(f => error.IndexOf(f + ":", StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_data_file_given_twice_is_refused_before_anything_is_written()
    {
        using var folder = new TempFolder();
        var a = folder.Write("brief.yaml", File.ReadAllText(RepositoryPaths.Sample));
        var outDir = Path.Combine(folder.Path, "out");
        var (exit, _, error) = Cli.Run("render", a, a, "--out", outDir, "--jobs", "2");
        Assert.Equal(2, exit);
        Assert.Contains($"{a} is given twice", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Two_files_that_would_write_the_same_output_are_refused_before_anything_is_written()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a/brief.yaml", File.ReadAllText(RepositoryPaths.Sample));
        var b = folder.Write("b/Brief.json", """{"title": "T", "date": "2026-10-05", "summary": "S", "pillars": [{"name": "P"}]}""");
        var outDir = Path.Combine(folder.Path, "out");
        var (exit, _, error) = Cli.Run("render", a, b, "--out", outDir);
        Assert.Equal(2, exit);
        Assert.Contains($"{a} and {b} would write the same output files", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }
}
