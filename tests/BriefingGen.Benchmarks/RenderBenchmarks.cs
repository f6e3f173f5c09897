using BenchmarkDotNet.Attributes;
using BriefingGen.Word;

namespace BriefingGen.Benchmarks;

/// <summary>
/// Time and memory of one paper: composing the sample (data, templates, Markdown, model) and
/// rendering it to .docx, with the pack loaded once as a batch run would.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private BriefingGenerator _generator = null!;
    private string _sample = "";

    /// <summary>Finds the repository's shipped pack and sample.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _generator = BriefingGenerator.FromPack(Path.Combine(root, "templates", "policy-brief"));
        _sample = Path.Combine(root, "templates", "policy-brief", "examples", "norway-russia.yaml");
    }

    /// <summary>Data to document model, no output file.</summary>
    [Benchmark]
    public object? ComposeSample() => _generator.Render(_sample, new BriefingOptions()).Document;

    /// <summary>Data to .docx bytes.</summary>
    [Benchmark]
    public int RenderSampleDocx() =>
        _generator.Render(_sample, new BriefingOptions { Renderers = [new WordRenderer()] }).Outputs[0].Bytes.Length;
}
