using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// List Bullet and List Number carry their numbering in the style, as Word's own do, so applying
/// them from the style gallery gives a bullet or a number; the lists we write still number and
/// indent by level.
/// </summary>
public class ListStyleTests
{
    private static Model.Document Lists() => ModelSamples.Of(
        new Model.ListBlock(false, [new Model.ListItem([new Model.Paragraph([new Model.Text("outer")]), new Model.ListBlock(false, [new Model.ListItem([new Model.Paragraph([new Model.Text("inner")])])])])]),
        new Model.ListBlock(true, [new Model.ListItem([new Model.Paragraph([new Model.Text("first")])]), new Model.ListItem([new Model.Paragraph([new Model.Text("second")])])]));

    [Theory]
    [InlineData("ListBullet", "bullet")]
    [InlineData("ListNumber", "decimal")]
    public void The_list_styles_are_bound_to_numbering(string styleId, string format)
    {
        var bytes = WordOutput.Render(Lists());
        using var document = WordOutput.Open(bytes);
        var numbering = StyleChain.Of(document, styleId)[0].StyleParagraphProperties?.NumberingProperties;
        Assert.NotNull(numbering);
        var level = Level(document, numbering.NumberingId!.Val!.Value, numbering.NumberingLevelReference?.Val?.Value ?? 0);
        Assert.Equal(format, level.NumberingFormat!.Val!.InnerText);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    [Fact]
    public void List_paragraphs_still_number_by_level_and_nested_levels_indent_further()
    {
        using var document = WordOutput.Open(WordOutput.Render(Lists()));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToDictionary(p => p.InnerText);
        var outer = paragraphs["outer"].ParagraphProperties!.NumberingProperties!;
        var inner = paragraphs["inner"].ParagraphProperties!.NumberingProperties!;
        Assert.Equal(0, outer.NumberingLevelReference!.Val!.Value);
        Assert.Equal(1, inner.NumberingLevelReference!.Val!.Value);
        int Indent(NumberingProperties n) => int.Parse(Level(document, n.NumberingId!.Val!.Value, n.NumberingLevelReference!.Val!.Value).PreviousParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Indent(inner) > Indent(outer));

        // The style itself sets no indent of its own that would pin every level to one place.
        Assert.Null(StyleChain.Paragraph<Indentation>(document, "ListBullet"));
        Assert.Null(StyleChain.Paragraph<Indentation>(document, "ListNumber"));

        // Each numbered list still counts from its own start.
        var first = paragraphs["first"].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.Equal(first, paragraphs["second"].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        Assert.NotEqual(StyleChain.Of(document, "ListNumber")[0].StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, first);
    }

    [Fact]
    public void A_reference_document_list_style_keeps_our_numbering()
    {
        using var folder = new TempFolder();
        var reference = ReferenceDocs.Write(
            Path.Combine(folder.Path, "reference.docx"),
            [new Style(new StyleName { Val = "List Bullet" }, new StyleRunProperties(new Color { Val = "660066" })) { Type = StyleValues.Paragraph, StyleId = "ListBullet" }]);

        var bytes = WordOutput.Render(Lists(), reference);
        using var document = WordOutput.Open(bytes);
        var style = StyleChain.Of(document, "ListBullet")[0];
        Assert.Equal("660066", style.StyleRunProperties!.Color!.Val!.Value);
        Assert.NotNull(style.StyleParagraphProperties?.NumberingProperties);
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }

    private static Level Level(WordprocessingDocument document, int numId, int level)
    {
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId);
        var abstractNum = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        return abstractNum.Elements<Level>().Single(l => l.LevelIndex!.Value == level);
    }
}
