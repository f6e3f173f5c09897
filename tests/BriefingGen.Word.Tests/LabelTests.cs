using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>A label paragraph ("Commitments" over a pillar's list) is kept with what it labels, as in the PDF.</summary>
public class LabelTests
{
    [Fact]
    public void A_label_keeps_with_the_list_it_introduces()
    {
        using var document = WordOutput.Open(WordOutput.Render(RepositoryPaths.Sample));
        var labels = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => p.InnerText == "Commitments").ToList();
        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            var style = label.ParagraphProperties!.ParagraphStyleId!.Val!.Value!;
            Assert.True(label.ParagraphProperties.KeepNext is { } own ? own.Val?.Value ?? true : StyleChain.IsOn<KeepNext>(document, style), $"'{style}' does not keep with next");
            Assert.True(StyleChain.IsOn<KeepLines>(document, style));
            Assert.Equal("ListBullet", ((Paragraph)label.NextSibling()!).ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        }
    }
}
