using System.Text.Json;
using BriefingGen.Testing;

namespace BriefingGen.Cli.Tests;

/// <summary>
/// <c>briefgen digest</c> over many digests, unattended: each finds its own last snapshot in a
/// folder, one bad digest never stops the others, shards split the run, and a scheduler reads the
/// JSON summary.
/// </summary>
public sealed class DigestBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public DigestBatchTests()
    {
        // The example digest names its briefs by paths relative to the shipped templates folder.
        foreach (var pack in new[] { "weekly-digest", "policy-brief" })
        {
            Copy(Path.Combine(RepositoryPaths.Root, "templates", pack, "examples"), Path.Combine(_folder.Path, "templates", pack, "examples"));
        }

        var high = File.ReadAllText(Path.Combine(Examples, "high-north.yaml"));
        File.WriteAllText(Path.Combine(Examples, "arctic.yaml"), high.Replace("date: 2026-11-30", "date: 2026-12-07", StringComparison.Ordinal));
        Directory.CreateDirectory(Out);
    }

    private string Examples => Path.Combine(_folder.Path, "templates", "weekly-digest", "examples");

    private string Out => Path.Combine(_folder.Path, "out");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_digest_compares_with_its_own_newest_earlier_snapshot_in_the_folder()
    {
        File.Copy(Path.Combine(Examples, "snapshots", "high-north-2026-W48.snapshot.json"), Path.Combine(Out, "high-north-2026-W48.snapshot.json"));
        File.Copy(Path.Combine(Examples, "snapshots", "high-north-2026-W48.snapshot.json"), Path.Combine(Out, "high-north-2026-W47.snapshot.json"));

        var (exit, output, error) = Cli.Run("digest", Digest("high-north"), Digest("arctic"), "--previous", Out, "--out", Out, "--format", "md", "--jobs", "2", "--json");

        Assert.True(exit == 0, error);
        Assert.Contains("Changes since 23 November 2026", File.ReadAllText(Path.Combine(Out, "high-north.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("Changes since", File.ReadAllText(Path.Combine(Out, "arctic.md")), StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(output);
        var papers = summary.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(["rendered", "rendered"], papers.Select(p => p.GetProperty("status").GetString()));
        Assert.Contains(papers[0].GetProperty("outputs").EnumerateArray(), o => o.GetProperty("path").GetString()!.EndsWith("high-north-2026-W49.snapshot.json", StringComparison.Ordinal));

        // Run again in the same week: this week's snapshot is there now, and is passed over for last week's.
        var (again, _, againError) = Cli.Run("digest", Digest("high-north"), "--previous", Out, "--out", Out, "--format", "md", "--quiet");
        Assert.True(again == 0, againError);
        Assert.Contains("Changes since 23 November 2026", File.ReadAllText(Path.Combine(Out, "high-north.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_never_replaces_a_data_file_of_the_run()
    {
        // The snapshot's name comes from the data's week, so the plan cannot foresee it; the writer refuses it.
        var digest = _folder.Write("work/hn.yaml", "template: weekly-digest\ntitle: Digest one\ndate: 2026-11-30\n");
        var other = _folder.Write("work/hn-2026-W49.snapshot.json", "{\"template\": \"weekly-digest\", \"title\": \"Digest two\", \"date\": \"2026-11-30\"}");
        var before = File.ReadAllBytes(other);

        var (exit, output, error) = Cli.Run("digest", digest, other, "--out", Path.GetDirectoryName(digest)!, "--format", "md");

        Assert.Equal(1, exit);
        Assert.Contains("it is a data file of this run", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(other));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(digest)!, "hn.md")));
        Assert.Contains("hn-2026-W49.snapshot.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public void One_bad_digest_fails_alone()
    {
        var bad = _folder.Write("templates/weekly-digest/examples/broken.yaml", "template: weekly-digest\ntitle: [\n");

        var (exit, output, error) = Cli.Run("digest", Digest("high-north"), bad, Digest("arctic"), "--out", Out, "--format", "md");

        Assert.Equal(1, exit);
        Assert.Contains("broken.yaml:", error, StringComparison.Ordinal);
        Assert.Contains("high-north.md", output, StringComparison.Ordinal);
        Assert.Contains("arctic.md", output, StringComparison.Ordinal);
        Assert.Equal(["arctic-2026-W50.snapshot.json", "arctic.md", "high-north-2026-W49.snapshot.json", "high-north.md"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Shards_together_make_every_digest_once()
    {
        var written = new List<string>();
        foreach (var shard in new[] { "1/2", "2/2" })
        {
            var (exit, output, error) = Cli.Run("digest", Digest("high-north"), Digest("arctic"), "--out", Out, "--format", "md", "--shard", shard);
            Assert.True(exit == 0, error);
            written.AddRange(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.EndsWith(".md", StringComparison.Ordinal)));
        }

        Assert.Equal(2, written.Count);
        Assert.Equal(2, written.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void One_snapshot_file_for_several_digests_is_a_usage_error()
    {
        var snapshot = Path.Combine(Examples, "snapshots", "high-north-2026-W48.snapshot.json");

        var (exit, _, error) = Cli.Run("digest", Digest("high-north"), Digest("arctic"), "--previous", snapshot, "--out", Out);

        Assert.Equal(2, exit);
        Assert.Contains("give the folder", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Out));
    }

    private string Digest(string name) => Path.Combine(Examples, name + ".yaml");

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
