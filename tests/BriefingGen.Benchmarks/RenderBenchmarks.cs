using BenchmarkDotNet.Attributes;
using BriefingGen.Engine;

namespace BriefingGen.Benchmarks;

/// <summary>
/// Time and memory of one paper through one long-lived engine, as a batch run or a server uses it:
/// the pack is loaded once, and each benchmark renders a hundred papers, so the figures are per
/// paper with the engine's caches warm. The sample benchmarks render the same paper each time, as
/// the workspace's preview does while nothing changes; the varied ones render a hundred papers
/// whose every paragraph differs, as a digest's do, so they show what laying out new text costs.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private const int Papers = 100;
    private BriefingEngine _engine = null!;
    private DataSource _sample = null!;
    private DataSource[] _varied = [];
    private int _round;

    /// <summary>Loads the shipped pack once and finds the sample.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = PolicyBrief.Engine();
        _sample = DataSource.FromFile(PolicyBrief.Sample);
    }

    /// <summary>
    /// A hundred papers never rendered before, for each iteration of the varied benchmarks: an
    /// engine keeps the lines of paragraphs it has laid out, so papers met in an earlier iteration
    /// would measure the preview's case again.
    /// </summary>
    [IterationSetup(Targets = [nameof(RenderVariedDocx), nameof(RenderVariedPdf)])]
    public void NewPapers()
    {
        var first = (++_round * Papers) + 1;
        _varied = [.. Enumerable.Range(first, Papers).Select(i => DataSource.FromText(VariedSample.Yaml(PolicyBrief.Sample, i), $"varied{i}.yaml"))];
    }

    /// <summary>Data to document model, no output file.</summary>
    [Benchmark(OperationsPerInvoke = Papers)]
    public int ComposeSample() => Run();

    /// <summary>Data to .docx bytes.</summary>
    [Benchmark(OperationsPerInvoke = Papers)]
    public int RenderSampleDocx() => Run("docx");

    /// <summary>Data to .pdf bytes.</summary>
    [Benchmark(OperationsPerInvoke = Papers)]
    public int RenderSamplePdf() => Run("pdf");

    /// <summary>Data to the pages as SVG, what the workspace's preview shows.</summary>
    [Benchmark(OperationsPerInvoke = Papers)]
    public int RenderSampleSvg() => Run("svg");

    /// <summary>Data to both files.</summary>
    [Benchmark(OperationsPerInvoke = Papers)]
    public int RenderSampleBoth() => Run("docx", "pdf");

    /// <summary>A hundred different papers to .docx bytes.</summary>
    [Benchmark(OperationsPerInvoke = Papers)]
    public int RenderVariedDocx() => Run(_varied, "docx");

    /// <summary>A hundred different papers to .pdf bytes.</summary>
    [Benchmark(OperationsPerInvoke = Papers)]
    public int RenderVariedPdf() => Run(_varied, "pdf");

    private int Run(params string[] formats) => Run([.. Enumerable.Repeat(_sample, Papers)], formats);

    private int Run(DataSource[] papers, params string[] formats)
    {
        var bytes = 0;
        foreach (var paper in papers)
        {
            var result = _engine.Render(paper, formats);
            bytes += result.Succeeded ? result.Outputs.Sum(o => o.Bytes.Length) : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        return bytes;
    }
}
