using BenchmarkDotNet.Attributes;
using BriefingGen.Engine;

namespace BriefingGen.Benchmarks;

/// <summary>
/// A hundred briefs to .docx and .pdf through one engine, one at a time and on every core, as
/// <c>briefgen render --jobs N</c> runs them: the figures are per batch, so a hundred divided by
/// the mean gives briefs a second.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Briefs = 100;
    private BriefingEngine _engine = null!;
    private DataSource[] _briefs = [];

    /// <summary>Papers rendered at the same time.</summary>
    [ParamsSource(nameof(JobCounts))]
    public int Jobs { get; set; } = 1;

    /// <summary>One job, and one per core.</summary>
    public static IEnumerable<int> JobCounts => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    /// <summary>Loads the pack once and reads a hundred slightly different briefs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = PolicyBrief.Engine();
        var sample = File.ReadAllText(PolicyBrief.Sample);
        _briefs = [.. Enumerable.Range(1, Briefs).Select(i => DataSource.FromText(sample.Replace("POL-2026/0412", $"POL-2026/{i:D4}", StringComparison.Ordinal), $"brief{i}.yaml"))];
    }

    /// <summary>The hundred briefs, <see cref="Jobs"/> at a time.</summary>
    [Benchmark]
    public long RenderBatch()
    {
        long bytes = 0;
        Parallel.ForEach(_briefs, new ParallelOptions { MaxDegreeOfParallelism = Jobs }, brief =>
        {
            var result = _engine.Render(brief, "docx", "pdf");
            Interlocked.Add(ref bytes, result.Succeeded ? result.Outputs.Sum(o => (long)o.Bytes.Length) : throw new InvalidOperationException(string.Join("\n", result.Diagnostics)));
        });
        return bytes;
    }
}
