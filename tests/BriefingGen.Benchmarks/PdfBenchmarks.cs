using BenchmarkDotNet.Attributes;
using BriefingGen.Pdf;

namespace BriefingGen.Benchmarks;

/// <summary>
/// Time and memory of PDF output: the four-page sample and a brief of about fifty pages, from data
/// to bytes, with the pack loaded once as a batch run would. Fonts are found and loaded per paper.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private BriefingGenerator _generator = null!;
    private string _sample = "";
    private string _long = "";

    /// <summary>Finds the pack and sample, and writes the long brief to a temporary file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _generator = BriefingGenerator.FromPack(Path.Combine(root, "templates", "policy-brief"));
        _sample = Path.Combine(root, "templates", "policy-brief", "examples", "norway-russia.yaml");
        _long = Path.Combine(Path.GetTempPath(), "briefgen-benchmark-long.yaml");
        File.WriteAllText(_long, LongBrief.Yaml());
        Console.WriteLine($"// long brief: {PageCount(Render(_long))} pages");
    }

    /// <summary>Removes the long brief.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_long);

    /// <summary>The sample to PDF bytes.</summary>
    [Benchmark]
    public int RenderSamplePdf() => Render(_sample).Length;

    /// <summary>The fifty-page brief to PDF bytes.</summary>
    [Benchmark]
    public int RenderFiftyPagePdf() => Render(_long).Length;

    private byte[] Render(string data)
    {
        var result = _generator.Render(data, new BriefingOptions { Renderers = [new PdfRenderer()] });
        return result.Succeeded ? result.Outputs[0].Bytes.ToArray() : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type /Page\b");
}
