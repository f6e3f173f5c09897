using BenchmarkDotNet.Attributes;
using BriefingGen.Engine;

namespace BriefingGen.Benchmarks;

/// <summary>
/// Time and memory of one paper through one long-lived engine, as a batch run or a server uses it:
/// the pack is loaded once, and each benchmark renders the sample a hundred times, so the figures
/// are per paper with the engine's caches warm.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private const int Papers = 100;
    private BriefingEngine _engine = null!;
    private DataSource _sample = null!;

    /// <summary>Loads the shipped pack once and finds the sample.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = PolicyBrief.Engine();
        _sample = DataSource.FromFile(PolicyBrief.Sample);
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

    private int Run(params string[] formats)
    {
        var bytes = 0;
        for (var i = 0; i < Papers; i++)
        {
            var result = _engine.Render(_sample, formats);
            bytes += result.Succeeded ? result.Outputs.Sum(o => o.Bytes.Length) : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        return bytes;
    }
}
