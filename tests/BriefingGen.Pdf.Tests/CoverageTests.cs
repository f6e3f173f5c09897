using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>Every block and inline kind of the model reaches the PDF, with its links, outline and endnotes.</summary>
public sealed class CoverageTests : IDisposable
{
    private readonly PdfOutput _output = new();
    private readonly Document _document = ModelSamples.EveryKind();
    private readonly string _pdf;

    public CoverageTests() => _pdf = _output.Render(_document, "every-kind");

    public void Dispose() => _output.Dispose();

    [Fact]
    public void The_sample_document_holds_every_kind_of_the_model()
    {
        var used = _document.Sections.SelectMany(ModelWalker.DescendantsAndSelf).Select(n => n.GetType()).ToHashSet();
        var all = new[] { typeof(Block).Assembly, typeof(Components.BuiltInComponents).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsPublic && !t.IsAbstract && (t.IsSubclassOf(typeof(Block)) || t.IsSubclassOf(typeof(Inline))));
        Assert.DoesNotContain(all, t => !used.Contains(t));
    }

    [Fact]
    public void Renders_a_clean_PDF_with_all_its_text()
    {
        Assert.Empty(PdfAudit.Problems(_pdf));
        var order = new ReadingOrder(PdfTools.Text(_pdf));
        Assert.Empty(order.MissingInOrder(ModelText.Pieces(_document)));
        Assert.True(order.Contains("A footnote."));
    }

    [Fact]
    public void Internal_links_point_at_headings_and_notes_and_external_ones_at_their_URL()
    {
        var objects = PdfObjects.Read(_pdf);
        Assert.Equal(["https://example.org"], objects.Uris);

        // The table of contents' two entries, "internal" and the note mark; not the dangling link.
        var internalLinks = objects.Links.Count(l => l.TryGetProperty("/Dest", out _));
        Assert.Equal(4, internalLinks);

        // Every Link tag holds its annotation: the dangling link is text, not a tag leading nowhere.
        Assert.Equal(objects.Links.Count(), objects.Dictionaries.Count(d => PdfObjects.Name(d, "/S") == "/Link"));
        Assert.All(objects.Links, l => Assert.Equal(4, l.GetProperty("/F").GetInt32()));
        var descriptions = objects.Links.Select(l => PdfObjects.Text(l.GetProperty("/Contents"))).ToList();
        Assert.Contains("web", descriptions);
        Assert.Contains("internal", descriptions);
        Assert.Contains("1.1  Second", descriptions);
        Assert.Equal(["First", "Second"], objects.OutlineTitles.Select(t => t[(t.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_of_contents_gives_each_heading_its_page()
    {
        var pages = PdfTools.Run("pdftotext", "-layout", _pdf, "-").Output.Split('\f');
        Assert.Contains("Second", pages[1], StringComparison.Ordinal);
        var contents = pages[0][pages[0].IndexOf("Contents", StringComparison.Ordinal)..];
        Assert.Matches(@"First[\s.]*1", contents);
        Assert.Matches(@"Second[\s.]*i\b", contents); // the landscape section numbers its pages i, ii, …
    }

    [Fact]
    public void The_image_is_embedded_at_its_own_pixel_size()
    {
        var list = PdfTools.Run("pdfimages", "-list", _pdf).Output.Split('\n');
        var image = Assert.Single(list.Skip(2), l => l.Trim().Length > 0);
        var columns = image.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(("2", "3"), (columns[3], columns[4]));
    }
}
