using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word.Tests;

/// <summary>
/// Page counts store the count of the paper's page layout as their result when the render has one,
/// so "Page 1 of 4" reads right before Word updates the fields. A paper whose annexes restart the
/// page numbers counts each run of numbers apart, through a bookmark on the run's last page.
/// </summary>
public class PageCountTests
{
    /// <summary>Each footer's page-count fields, as (instruction, stored result), in footer order.</summary>
    private static IReadOnlyList<(string Instruction, string Result)> PageCountFields(byte[] bytes)
    {
        using var document = WordOutput.Open(bytes);
        var main = document.MainDocumentPart!;
        return main.Document!.Body!.Descendants<SectionProperties>()
            .SelectMany(s => s.Elements<FooterReference>().Where(r => r.Type?.Value == HeaderFooterValues.Default))
            .Select(r => ((FooterPart)main.GetPartById(r.Id!.Value!)).Footer!)
            .SelectMany(f => f.Descendants<SimpleField>())
            .Where(f => f.Instruction!.Value!.Contains("PAGES", StringComparison.Ordinal) || f.Instruction.Value.Contains("PAGEREF", StringComparison.Ordinal))
            .Select(f => (f.Instruction!.Value!.Trim(), f.InnerText))
            .ToList();
    }

    /// <summary>The sample of every kind with its second section going on from the first's numbers: one run.</summary>
    private static Model.Document OneRun()
    {
        var document = ModelSamples.EveryKind();
        return document with { Sections = [document.Sections[0], document.Sections[1] with { Numbering = PageNumbering.Default }] };
    }

    [Fact]
    public void A_known_page_count_is_the_stored_result()
    {
        using var stream = new MemoryStream();
        var pages = new PageMap(7, new Dictionary<string, string>(StringComparer.Ordinal)) { Counts = ["7", "7"] };
        new WordRenderer().Render(ModelSamples.Input(OneRun()) with { Pages = pages }, stream);
        var fields = PageCountFields(stream.ToArray());
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(("NUMPAGES", "7"), f));
        Assert.Empty(WordOutput.ValidationErrors(stream.ToArray()));
    }

    [Fact]
    public void Without_a_page_layout_the_stored_result_stays_a_placeholder()
    {
        var fields = PageCountFields(WordOutput.Render(OneRun()));
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(("NUMPAGES", "1"), f));
    }

    [Fact]
    public void Each_run_of_page_numbers_counts_its_own_pages_up_to_a_bookmark_on_its_last_page()
    {
        // The sample's second section restarts its numbers in roman figures: two runs.
        using var stream = new MemoryStream();
        var pages = new PageMap(7, new Dictionary<string, string>(StringComparer.Ordinal)) { Counts = ["5", "ii"] };
        new WordRenderer().Render(ModelSamples.Input(ModelSamples.EveryKind()) with { Pages = pages }, stream);
        var bytes = stream.ToArray();

        Assert.Equal([("PAGEREF _PagesOfRun1", "5"), ("PAGEREF _PagesOfRun2", "ii")], PageCountFields(bytes).Distinct());
        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().ToList();
        var first = paragraphs.FindIndex(p => p.Elements<BookmarkStart>().Any(b => b.Name == "_PagesOfRun1"));
        var second = paragraphs.FindIndex(p => p.Elements<BookmarkStart>().Any(b => b.Name == "_PagesOfRun2"));

        // The first run's mark is in the paragraph that ends its section; the second's in the last paragraph.
        Assert.NotNull(paragraphs[first].ParagraphProperties?.SectionProperties);
        Assert.Equal(paragraphs.Count - 1, second);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }
}
