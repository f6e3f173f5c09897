using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>A list ends as far from the paragraph after it as a paragraph does, in Word as in the PDF.</summary>
public class ListSpacingTests
{
    [Fact]
    public void The_last_item_of_an_outermost_list_keeps_a_paragraphs_space_after_it()
    {
        static Model.Paragraph Line(string word) => new([new Model.Text(word)]);
        var nested = new Model.ListBlock(false, [new Model.ListItem([Line("Inner one")]), new Model.ListItem([Line("Inner two")])]);
        var list = new Model.ListBlock(true, [new Model.ListItem([Line("Outer one"), nested]), new Model.ListItem([Line("Outer two")])]);
        using var document = WordOutput.Open(WordOutput.Render(ModelSamples.Of(Line("Before"), list, Line("After"))));

        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToDictionary(p => p.InnerText);
        var body = ModelSamples.Input(ModelSamples.Of()).StyleSheet.Paragraph(Styling.StyleRoles.Body).SpaceAfter;
        Assert.Equal(((int)Math.Round(body * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), paragraphs["Outer two"].ParagraphProperties?.SpacingBetweenLines?.After?.Value);
        Assert.Null(paragraphs["Inner two"].ParagraphProperties?.SpacingBetweenLines?.After);
        Assert.Null(paragraphs["Outer one"].ParagraphProperties?.SpacingBetweenLines?.After);
    }
}
