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

    [Fact]
    public void A_short_list_keeps_its_items_together_and_a_longer_one_may_break()
    {
        static Model.Paragraph Line(string word) => new([new Model.Text(word)]);
        static Model.ListBlock List(string name, int items) => new(false, [.. Enumerable.Range(1, items).Select(i => new Model.ListItem([Line($"{name} {i}")]))]);
        using var document = WordOutput.Open(WordOutput.Render(ModelSamples.Of(List("Short", 3), Line("Between"), List("Long", 4))));

        var kept = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToDictionary(p => p.InnerText, p => p.ParagraphProperties?.KeepNext is not null);
        Assert.Equal([true, true, false], new[] { "Short 1", "Short 2", "Short 3" }.Select(k => kept[k]));
        Assert.DoesNotContain(true, new[] { "Long 1", "Long 2", "Long 3", "Long 4" }.Select(k => kept[k]));
    }
}
