using BenchmarkDotNet.Attributes;
using BriefingGen.Components;
using BriefingGen.Engine;
using BriefingGen.Pdf;

namespace BriefingGen.Benchmarks;

/// <summary>
/// Time and memory of PDF output for a brief of about fifty pages, from data to bytes, through one
/// engine as a batch run would use it.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private BriefingEngine _engine = null!;
    private string _long = "";

    /// <summary>Finds the pack and sample, and writes the long brief to a temporary file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _engine = BriefingEngine.Load(Path.Combine(root, "templates", "policy-brief"), new EngineOptions { Renderers = [new PdfRenderer()], Extensions = BuiltInComponents.All });
        _long = Path.Combine(Path.GetTempPath(), "briefgen-benchmark-long.yaml");
        File.WriteAllText(_long, LongBrief.Yaml());
        Console.WriteLine($"// long brief: {PageCount(Render(_long))} pages");
    }

    /// <summary>Removes the long brief.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_long);

    /// <summary>The fifty-page brief to PDF bytes.</summary>
    [Benchmark]
    public int RenderFiftyPagePdf() => Render(_long).Length;

    private byte[] Render(string data)
    {
        var result = _engine.Render(DataSource.FromFile(data), "pdf");
        return result.Succeeded ? result.Outputs[0].Bytes.ToArray() : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    /// <summary>The page count, from the document's page tree (its last /Count, whatever the file's layout).</summary>
    private static int PageCount(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, pdf);
        try
        {
            using var qpdf = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("qpdf", ["--show-npages", path]) { RedirectStandardOutput = true })!;
            var output = qpdf.StandardOutput.ReadToEnd();
            qpdf.WaitForExit();
            return int.TryParse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var pages) ? pages : -1;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
