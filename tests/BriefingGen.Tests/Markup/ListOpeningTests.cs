using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Markdown;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

/// <summary>List items that open with something other than a paragraph are read as such and written back to Markdown that reads the same.</summary>
public class ListOpeningTests
{
    private static List<Block> Convert(string markdown) =>
        PaperReader.Read(markdown, new SlotTable(), new ImageLoader([]), "test.sbn", new DiagnosticBag());

    private static string Write(IReadOnlyList<Block> blocks)
    {
        var metadata = new DocumentMetadata { Title = "T", Language = "en-GB" };
        var document = new Document(metadata, [new Section(blocks, PageLayout.A4, PageFurniture.Empty, PageNumbering.Default, metadata)]);
        using var stream = new MemoryStream();
        new MarkdownRenderer().Render(new RenderInput(document, TestEngines.PolicyBrief.StyleSheet!), stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The shape of <paramref name="blocks"/>: kinds, nesting and text, without origins.</summary>
    private static string Shape(IEnumerable<Block> blocks) => string.Join(" ", blocks.Select(b => b switch
    {
        ListBlock list => $"{(list.Ordered ? "ol" : "ul")}({string.Join(" | ", list.Items.Select(i => Shape(i.Blocks)))})",
        Quote quote => $"quote({Shape(quote.Blocks)})",
        Paragraph p => $"p'{InlineText.Of(p.Content)}'",
        _ => b.GetType().Name,
    }));

    [Theory]
    [InlineData("- - inner\n- outer\n", "ul(ul(p'inner') | p'outer')")]
    [InlineData("1. - inner\n2. outer\n", "ol(ul(p'inner') | p'outer')")]
    [InlineData("- 1. inner\n- outer\n", "ul(ol(p'inner') | p'outer')")]
    [InlineData("- - - innermost\n", "ul(ul(ul(p'innermost')))")]
    [InlineData("-\n- outer\n", "ul( | p'outer')")]
    [InlineData("- > quoted\n- outer\n", "ul(quote(p'quoted') | p'outer')")]
    public void An_item_that_opens_with_a_list_a_quote_or_nothing_is_written_back_as_it_was_read(string markdown, string shape)
    {
        var blocks = Convert(markdown);
        Assert.Equal(shape, Shape(blocks));
        Assert.Equal(shape, Shape(Convert(Write(blocks))));
    }
}
