using System.Text.Json;
using BriefingGen.Cli.Commands;
using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

/// <summary>Many papers in one run: parallel jobs, shards, the JSON summary and the progress bar.</summary>
public class BatchRenderTests
{
    private const string BadData = "title: T\ndate: 2026-13-01\nsummary: S\npillars: [{name: P}]\n";

    /// <summary>Five copies of the sample and one bad file, named so the bad one sits in the middle.</summary>
    private static string[] Inputs(TempFolder folder)
    {
        var sample = File.ReadAllText(RepositoryPaths.Sample);
        return
        [
            folder.Write("in/a.yaml", sample), folder.Write("in/b.yaml", sample), folder.Write("in/c-bad.yaml", BadData),
            folder.Write("in/d.yaml", sample), folder.Write("in/e.yaml", sample), folder.Write("in/f.yaml", sample),
        ];
    }

    [Fact]
    public void Parallel_jobs_print_what_one_job_prints_and_one_bad_file_stops_no_other()
    {
        using var folder = new TempFolder();
        var inputs = Inputs(folder);
        var one = Cli.Run(["render", .. inputs, "--out", Path.Combine(folder.Path, "one"), "--format", "md", "--jobs", "1"]);
        var two = Cli.Run(["render", .. inputs, "--out", Path.Combine(folder.Path, "one"), "--format", "md", "--jobs", "4"]);

        Assert.Equal(1, one.Exit);
        Assert.Equal(one, two);
        Assert.Equal(5, one.Out.Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));
        Assert.Contains($"{inputs[2]}:2:7: date:", one.Err, StringComparison.Ordinal);
        Assert.Equal(["a.md", "b.md", "d.md", "e.md", "f.md"], Directory.GetFiles(Path.Combine(folder.Path, "one")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parallel_jobs_write_the_same_bytes_as_one_job()
    {
        using var folder = new TempFolder();
        var sample = File.ReadAllText(RepositoryPaths.Sample);
        string[] inputs = [folder.Write("in/a.yaml", sample), folder.Write("in/b.yaml", sample.Replace("Norway", "Noreg", StringComparison.Ordinal))];
        Assert.Equal(0, Cli.Run(["render", .. inputs, "--out", Path.Combine(folder.Path, "one"), "--jobs", "1"]).Exit);
        Assert.Equal(0, Cli.Run(["render", .. inputs, "--out", Path.Combine(folder.Path, "two"), "--jobs", "2"]).Exit);
        foreach (var name in new[] { "a.docx", "a.pdf", "b.docx", "b.pdf" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, "one", name)), File.ReadAllBytes(Path.Combine(folder.Path, "two", name)));
        }
    }

    [Fact]
    public void The_shards_of_a_run_render_every_input_exactly_once()
    {
        var inputs = Enumerable.Range(0, 23).Select(i => $"in/{(i * 7) % 23:D2}.yaml").ToList();
        foreach (var count in new[] { 1, 2, 3, 5, 23, 30 })
        {
            var slices = Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(inputs, x => x)).ToList();
            Assert.Equal(inputs.Order(StringComparer.Ordinal), slices.SelectMany(s => s).Order(StringComparer.Ordinal));
            Assert.True(slices.Max(s => s.Count) - slices.Min(s => s.Count) <= 1, $"{count} shards are uneven");
            // The order the shell listed the files in does not change which shard takes which file.
            var reversed = inputs.AsEnumerable().Reverse().ToList();
            Assert.All(Enumerable.Range(1, count), k => Assert.Equal(
                new Shard(k, count).Select(inputs, x => x).Order(StringComparer.Ordinal),
                new Shard(k, count).Select(reversed, x => x).Order(StringComparer.Ordinal)));
        }
    }

    [Fact]
    public void A_shard_writes_only_its_own_papers()
    {
        using var folder = new TempFolder();
        var inputs = Inputs(folder).Where(f => !f.Contains("bad", StringComparison.Ordinal)).ToArray();
        var written = new List<string>();
        foreach (var k in new[] { 1, 2 })
        {
            var outDir = Path.Combine(folder.Path, $"shard{k}");
            Assert.Equal(0, Cli.Run(["render", .. inputs, "--out", outDir, "--format", "md", "--shard", $"{k}/2"]).Exit);
            written.AddRange(Directory.GetFiles(outDir).Select(Path.GetFileName)!);
        }

        Assert.Equal(["a.md", "b.md", "d.md", "e.md", "f.md"], written.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "abc")]
    [InlineData("--jobs", "1.5")]
    [InlineData("--jobs", "")]
    [InlineData("--jobs", "2147483648")]
    [InlineData("--shard", "3/2")]
    [InlineData("--shard", "0/2")]
    [InlineData("--shard", "two")]
    public void Bad_batch_options_are_usage_errors(string option, string value)
    {
        var (exit, _, error) = Cli.Run("render", RepositoryPaths.Sample, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_summary_gives_each_input_its_outputs_diagnostics_and_time()
    {
        using var folder = new TempFolder();
        var inputs = Inputs(folder);
        var (exit, output, _) = Cli.Run(["render", .. inputs, "--out", Path.Combine(folder.Path, "out"), "--json", "--jobs", "2"]);
        Assert.Equal(1, exit);

        using var summary = JsonDocument.Parse(output);
        var papers = summary.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(inputs, papers.Select(p => p.GetProperty("input").GetString()));
        foreach (var paper in papers.Where(p => p.GetProperty("status").GetString() == "rendered"))
        {
            var outputs = paper.GetProperty("outputs").EnumerateArray().ToList();
            Assert.Equal(2, outputs.Count);
            Assert.All(outputs, o => Assert.Equal(new FileInfo(o.GetProperty("path").GetString()!).Length, o.GetProperty("bytes").GetInt64()));
            Assert.True(paper.GetProperty("milliseconds").GetInt64() >= 0);
        }

        var bad = papers[2];
        Assert.Equal("failed", bad.GetProperty("status").GetString());
        var date = bad.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("path").GetString() == "date");
        Assert.Equal(("error", 2, 7), (date.GetProperty("severity").GetString(), date.GetProperty("line").GetInt32(), date.GetProperty("column").GetInt32()));

        var totals = summary.RootElement.GetProperty("totals");
        Assert.Equal((6, 5, 1), (totals.GetProperty("papers").GetInt32(), totals.GetProperty("rendered").GetInt32(), totals.GetProperty("failed").GetInt32()));
        Assert.Equal(papers.Sum(p => p.GetProperty("outputs").EnumerateArray().Sum(o => o.GetProperty("bytes").GetInt64())), totals.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public void A_terminal_gets_a_progress_bar_that_a_pipe_and_quiet_do_not()
    {
        using var folder = new TempFolder();
        var inputs = Inputs(folder).Where(f => !f.Contains("bad", StringComparison.Ordinal)).ToArray();
        string Run(bool terminal, params string[] extra)
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            BriefgenApp.Run(["render", .. inputs, "--out", Path.Combine(folder.Path, "out"), "--format", "md", .. extra], output, error, terminal);
            return error.ToString();
        }

        Assert.Contains("] 5/5 papers", Run(terminal: true), StringComparison.Ordinal);
        Assert.Equal("", Run(terminal: false));
        Assert.Equal("", Run(terminal: true, "--quiet"));
    }
}
