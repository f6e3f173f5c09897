using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>Every shipped pack's examples make Word files that Word's own validator accepts, with one Word section per paper section.</summary>
public class PackExampleTests
{
    public static TheoryData<string, string> Examples() => PackExamples.All();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_is_a_valid_Word_file_whose_sections_each_carry_their_banner(string pack, string example)
    {
        var bytes = WordOutput.Render(PackExamples.Example(pack, example), PackExamples.Pack(pack));

        Assert.Empty(WordOutput.ValidationErrors(bytes));
        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.NotEmpty(sections);
        var headers = sections.Select(s => s.Elements<HeaderReference>().Single(h => h.Type is null || h.Type.Value == HeaderFooterValues.Default).Id!.Value!)
            .Select(id => ((DocumentFormat.OpenXml.Packaging.HeaderPart)document.MainDocumentPart.GetPartById(id)).Header!)
            .ToList();
        var title = document.PackageProperties.Title;
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.Contains(title!, body.InnerText, StringComparison.Ordinal);
        Assert.All(headers, h => Assert.NotEmpty(h.InnerText));
    }

    [Fact]
    public void A_submissions_annexes_are_lettered_sections_numbered_from_their_letter()
    {
        var bytes = WordOutput.Render(PackExamples.Example("submission", "fisheries-quotas.yaml"), PackExamples.Pack("submission"));
        using var document = WordOutput.Open(bytes);
        var sections = document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();

        Assert.Equal(3, sections.Count);
        Assert.All(sections.Skip(1), s => Assert.Equal(1, s.GetFirstChild<PageNumberType>()!.Start!.Value));
        var headings = document.MainDocumentPart.Document.Body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Annex A: The negotiating mandate", headings);
        Assert.Contains("Annex B: Quota history, 2022–2026", headings);
    }
}
