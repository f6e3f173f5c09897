using BriefingGen.Testing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>
/// A page break before a paragraph is that paragraph's "page break before", not a paragraph of its
/// own: a paragraph holding only a break leaves its empty mark as a blank line at the top of the
/// next page. Before a table, which cannot carry the property, the break stays a paragraph.
/// </summary>
public class PageBreakTests
{
    private static Model.Paragraph P(string text) => new([new Model.Text(text)]);

    [Fact]
    public void The_paragraph_after_a_page_break_starts_the_page_itself()
    {
        using var document = WordOutput.Open(WordOutput.Render(ModelSamples.Of(P("before"), new Model.PageBreak(), new Model.Heading(1, [new Model.Text("after")], "after"))));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.DoesNotContain(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        var after = body.Elements<Paragraph>().Single(p => p.InnerText == "after");
        Assert.True(after.ParagraphProperties!.PageBreakBefore is { } flag && (flag.Val?.Value ?? true));
        Assert.Equal("before", ((Paragraph)after.PreviousSibling()!).InnerText);
    }

    [Fact]
    public void Before_a_table_the_break_stays_a_paragraph()
    {
        var table = new Model.Table([1.0], [], [new Model.TableRow([new Model.TableCell([P("cell")])])]);
        var bytes = WordOutput.Render(ModelSamples.Of(P("before"), new Model.PageBreak(), table));
        using var document = WordOutput.Open(bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var broken = Assert.Single(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        Assert.IsType<Table>(broken.Ancestors<Paragraph>().Single().NextSibling());
        Assert.Empty(WordOutput.ValidationErrors(bytes));
    }
}
