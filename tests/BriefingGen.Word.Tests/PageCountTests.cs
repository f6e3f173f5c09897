using BriefingGen.Rendering;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// NUMPAGES fields store the page count of the paper's page layout as their result when the render
/// has one, so "Page 1 of 4" reads right before Word updates the fields.
/// </summary>
public class PageCountTests
{
    private static IReadOnlyList<string> PageCountResults(byte[] bytes)
    {
        using var document = WordOutput.Open(bytes);
        return document.MainDocumentPart!.FooterParts.SelectMany(f => f.Footer!.Descendants<SimpleField>())
            .Where(f => f.Instruction!.Value!.Trim() == "NUMPAGES")
            .Select(f => f.InnerText)
            .ToList();
    }

    [Fact]
    public void A_known_page_count_is_the_stored_result()
    {
        using var stream = new MemoryStream();
        var pages = new PageMap(7, new Dictionary<string, string>(StringComparer.Ordinal));
        new WordRenderer().Render(ModelSamples.Input(ModelSamples.EveryKind()) with { Pages = pages }, stream);
        var results = PageCountResults(stream.ToArray());
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("7", r));
        Assert.Empty(WordOutput.ValidationErrors(stream.ToArray()));
    }

    [Fact]
    public void Without_a_page_layout_the_stored_result_stays_a_placeholder()
    {
        var results = PageCountResults(WordOutput.Render(ModelSamples.EveryKind()));
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("1", r));
    }
}
