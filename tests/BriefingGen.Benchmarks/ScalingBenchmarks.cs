using BenchmarkDotNet.Attributes;
using BriefingGen.Engine;

namespace BriefingGen.Benchmarks;

/// <summary>
/// Time and memory against the length of a paper: the sample with every list 1, 10 and 100 times
/// as long, to each format through one warm engine. Linear composition and layout show as time
/// and allocation growing in step with <see cref="Times"/>.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private BriefingEngine _engine = null!;
    private DataSource _data = null!;

    /// <summary>How many times as long as the sample the paper is.</summary>
    [Params(1, 10, 100)]
    public int Times { get; set; } = 1;

    /// <summary>The format written.</summary>
    [Params("docx", "pdf")]
    public string Format { get; set; } = "pdf";

    /// <summary>Loads the pack once and writes the lengthened sample.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = PolicyBrief.Engine();
        _data = DataSource.FromText(ScaledSample.Yaml(PolicyBrief.Sample, Times), $"scaled-{Times}.yaml");
    }

    /// <summary>Data to file bytes.</summary>
    [Benchmark]
    public int Render()
    {
        var result = _engine.Render(_data, Format);
        return result.Succeeded ? result.Outputs[0].Bytes.Length : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
