using BriefingGen.Engine;
using BriefingGen.Rendering;
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

    [Fact]
    public void A_paper_whose_formats_are_written_side_by_side_matches_the_same_paper_written_one_format_at_a_time()
    {
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer(), new PdfRenderer());
        foreach (var path in CaseFiles())
        {
            // Side by side first: the engine's writers rehearse while the first paper is composed.
            var three = engine.Render(DataSource.FromFile(path), ["md", "docx", "pdf"], writersAtOnce: 3);
            var one = engine.Render(DataSource.FromFile(path), ["md", "docx", "pdf"], writersAtOnce: 1);

            Assert.True(one.Succeeded, string.Join("\n", one.Diagnostics));
            Assert.Equal(one.Outputs.Select(o => o.Format), three.Outputs.Select(o => o.Format));
            Assert.Equal(one.Outputs.Select(o => o.Bytes.ToArray()), three.Outputs.Select(o => o.Bytes.ToArray()));
            Assert.Equal(one.Diagnostics.Select(d => d.ToString()), three.Diagnostics.Select(d => d.ToString()));
        }
    }

    [Fact]
    public void A_format_that_cannot_be_written_reports_the_same_way_whether_the_formats_were_written_side_by_side_or_not()
    {
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new Word.WordRenderer(), new PdfRenderer(), new FailingRenderer());

        foreach (var writers in new[] { 3, 1 })
        {
            var result = engine.Render(DataSource.FromFile(RepositoryPaths.Sample), ["docx", "broken", "pdf"], writers);

            Assert.False(result.Succeeded);
            Assert.Empty(result.Outputs);
            Assert.Equal("cannot write broken: no room on the disk", result.Diagnostics[^1].Message);
        }
    }

    private static IEnumerable<string> CaseFiles()
    {
        var cases = Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "Cases");
        return [RepositoryPaths.Sample, .. Directory.GetDirectories(cases).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "data.yaml"))];
    }

    /// <summary>A format whose writer always fails, as one would on a full disk.</summary>
    private sealed class FailingRenderer : IDocumentRenderer
    {
        public string Format => "broken";

        public string Extension => ".broken";

        public void Render(RenderInput input, Stream output) => throw new RenderException("no room on the disk");
    }
}
