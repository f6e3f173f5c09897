using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

public class OtherCommandTests
{
    /// <summary>An empty name reaches no file system call: every command refuses it as a usage error.</summary>
    [Theory]
    [InlineData("a data file was given as an empty name", "render", "")]
    [InlineData("a data file was given as an empty name", "validate", " ")]
    [InlineData("a paper file was given as an empty name", "extract", "")]
    [InlineData("a digest file was given as an empty name", "digest", "")]
    [InlineData("--out was given an empty value", "render", "SAMPLE", "--out", "")]
    [InlineData("--template was given an empty value", "render", "SAMPLE", "--template", "")]
    [InlineData("--brand was given an empty value", "validate", "SAMPLE", "--brand", "")]
    [InlineData("--out was given an empty value", "extract", "SAMPLE", "--out", "")]
    [InlineData("--previous was given an empty value", "digest", "SAMPLE", "--previous", "")]
    public void An_empty_name_or_value_is_a_usage_error(string expected, params string[] args)
    {
        var (exit, _, error) = Cli.Run([.. args.Select(a => a == "SAMPLE" ? RepositoryPaths.Sample : a)]);
        Assert.Equal(2, exit);
        Assert.Contains("briefgen: " + expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

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
    public void A_value_quoted_in_a_message_cannot_forge_a_line_or_reach_the_terminal()
    {
        using var folder = new TempFolder();
        var data = folder.Write("bad.yaml", "title: T\ndate: \"2026-01-01\\nsecret.yaml:9:9: warning: all is well\\e[2J\"\nsummary: S\npillars: [{name: P}]\n");

        var (exit, _, error) = Cli.Run("validate", data);

        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("date:", StringComparison.Ordinal));
        Assert.Contains("2026-01-01\\nsecret.yaml:9:9: warning: all is well\\x1b[2J", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain(error.Split('\n'), l => l.StartsWith("secret.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Thousands_of_warnings_print_the_first_two_hundred_and_count_the_rest()
    {
        using var folder = new TempFolder();
        var marks = string.Concat(Enumerable.Range(1, 300).Select(i => $" word[^n{i}]"));
        var data = folder.Write("many.yaml", $"title: T\ndate: 2026-10-05\nsummary: \"S{marks}\"\npillars: [{{name: P}}]\n");

        var (exit, _, error) = Cli.Run("validate", data);

        Assert.Equal(0, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Count(l => l.Contains("is cited but not defined", StringComparison.Ordinal)));
        Assert.Contains("… and 100 more not shown (0 errors, 100 warnings); fix the ones above first", error, StringComparison.Ordinal);
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

    /// <summary>What render refuses, validate refuses: it composes the paper, so "valid" means the paper can be made.</summary>
    [Theory]
    [InlineData("summary: \"[](#nothere)\"", ":3:11: summary: the link to \"#nothere\" has no text")]
    [InlineData("summary: |\n  | a |\n  |---|\n  | 1 |\n  ::: x", "")]
    [InlineData("summary: S\nclassification: {caveats: [UK EYES ONLY]}", ":4:17: classification.level: a marking needs a level")]
    [InlineData("summary: \"a \\u0378 b\"", ":3:10: summary: cannot write pdf: no installed font has U+0378")]
    [InlineData("summary: |\n  First.\n\n  ![Map](missing.png \"Caption\")", ":6:3: summary: image 'missing.png' was not found")]
    public void Validate_refuses_what_render_refuses(string fields, string expected)
    {
        using var folder = new TempFolder();
        var data = folder.Write("paper.yaml", "title: T\ndate: 2026-10-05\n" + fields + "\npillars: [{name: P}]\n");
        var (validateExit, validateOut, validateError) = Cli.Run("validate", data);
        var (renderExit, _, renderError) = Cli.Run("render", data, "--out", Path.Combine(folder.Path, "out"), "--format", "pdf");
        Assert.Equal(renderExit, validateExit);
        Assert.Equal(renderError.Contains("not rendered", StringComparison.Ordinal), !validateOut.Contains("valid (", StringComparison.Ordinal));
        if (expected.Length > 0)
        {
            Assert.Equal(1, validateExit);
            Assert.Contains(data + expected, validateError, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_culture_data_the_error_says_so_rather_than_asking_for_a_known_language()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "exec", typeof(BriefgenApp).Assembly.Location, "validate", RepositoryPaths.Sample })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var reading = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        var error = await reading;
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("is running without culture data (ICU is not installed, or DOTNET_SYSTEM_GLOBALIZATION_INVARIANT is set)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("such as en-GB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_takes_the_pdf_standard_render_would_be_given()
    {
        using var folder = new TempFolder();
        var data = folder.Write("paper.yaml", "title: \"T \\u0378\"\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n");
        Assert.Equal(1, Cli.Run("validate", data).Exit);
        var (exit, output, _) = Cli.Run("validate", data, "--pdf-standard", "none");
        Assert.Equal(0, exit);
        Assert.Contains("valid (policy-brief)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_markdown_nested_past_the_limit()
    {
        using var folder = new TempFolder();
        var data = folder.Write("deep.yaml", "title: T\ndate: 2026-10-05\nsummary: \"" + new string('>', 150) + " deep\"\npillars: [{name: P}]\n");
        var (exit, output, error) = Cli.Run("validate", data);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("valid", output, StringComparison.Ordinal);
        Assert.Contains($"{data}:3:10: summary: the Markdown is nested too deeply", error, StringComparison.Ordinal);
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
