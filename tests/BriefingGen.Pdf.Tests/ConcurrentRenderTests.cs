using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>One engine serves many threads at once, and every paper comes out byte for byte as it does alone.</summary>
public class ConcurrentRenderTests
{
    [Fact]
    public void Sixteen_papers_rendered_at_once_match_the_same_papers_rendered_one_by_one()
    {
        var cases = Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "Cases");
        string[] data = [RepositoryPaths.Sample, .. Directory.GetDirectories(cases).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "data.yaml"))];
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer(), new PdfRenderer());
        byte[][] Render(string path)
        {
            var result = engine.Render(DataSource.FromFile(path), "docx", "pdf");
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return [.. result.Outputs.Select(o => o.Bytes.ToArray())];
        }

        var serial = data.ToDictionary(p => p, Render);
        var papers = Enumerable.Range(0, 16).Select(i => data[i % data.Length]).ToList();
        using var start = new Barrier(papers.Count);
        var concurrent = new byte[papers.Count][][];
        var threads = papers.Select((path, i) => new Thread(() =>
        {
            start.SignalAndWait();
            concurrent[i] = Render(path);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var i = 0; i < papers.Count; i++)
        {
            Assert.Equal(serial[papers[i]][0], concurrent[i][0]);
            Assert.Equal(serial[papers[i]][1], concurrent[i][1]);
        }
    }
}
