using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;

namespace BriefingGen.Tests.Markup;

/// <summary>Footnote marks wherever people put them: each mark keeps its own note, and no text is lost around it.</summary>
public class FootnoteMarkTests
{
    private const string Notes = "\n\n[^a]: Note A.\n\n[^b]: Note B.\n";

    private static List<Block> Convert(string markdown, DiagnosticBag? diagnostics = null) =>
        PaperReader.Read(markdown, new SlotTable(), new ImageLoader([]), "test.sbn", diagnostics ?? new DiagnosticBag());

    /// <summary>The notes cited in <paramref name="blocks"/>, in reading order, by their text.</summary>
    private static List<string> CitedNotes(IEnumerable<Block> blocks) =>
        blocks.SelectMany(ModelWalker.DescendantsAndSelf).OfType<FootnoteReference>().Select(n => InlineText.Of(n.Blocks)).ToList();

    /// <summary>The text of the paragraphs and list items in <paramref name="blocks"/>, without their notes.</summary>
    private static string Text(IEnumerable<Block> blocks) =>
        string.Join("|", blocks.SelectMany(b => b is ListBlock list ? list.Items.SelectMany(i => i.Blocks) : [b]).OfType<Paragraph>().Select(p => InlineText.Of(p.Content)));

    [Theory]
    [InlineData("Text[^a][^b].", "Text.")]
    [InlineData("Text[^a] [^b].", "Text .")]
    [InlineData("[^a][^b] open the line.", " open the line.")]
    [InlineData("*Stressed[^a]* and **strong[^b]**.", "Stressed and strong.")]
    [InlineData("A [link](https://example.org)[^a][^b].", "A link.")]
    public void Every_mark_keeps_its_own_note(string paragraph, string text)
    {
        var diagnostics = new DiagnosticBag();
        var blocks = Convert(paragraph + Notes, diagnostics);
        Assert.Equal(["Note A.", "Note B."], CitedNotes(blocks));
        Assert.Equal(text, Text(blocks));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Marks_in_list_items_and_table_cells_keep_their_notes()
    {
        var blocks = Convert("- one[^a][^b]\n- two[^b]\n\n| A | B |\n|---|---|\n| cell[^a][^b] | x |" + Notes);
        Assert.Equal(["Note A.", "Note B.", "Note B.", "Note A.", "Note B."], CitedNotes(blocks));
    }

    [Fact]
    public void A_note_cited_twice_is_printed_with_each_mark()
    {
        var blocks = Convert("One[^a], two[^a]." + Notes);
        Assert.Equal(["Note A.", "Note A."], CitedNotes(blocks));
    }

    [Fact]
    public void Link_text_next_to_a_mark_is_kept()
    {
        var blocks = Convert("See [the annex][^a] and [^b](https://example.org)." + Notes);
        Assert.Equal(["Note A.", "Note B."], CitedNotes(blocks));
        Assert.Equal("See [the annex] and (https://example.org).", Text(blocks));
    }

    [Fact]
    public void Brackets_that_make_no_link_stay_as_written()
    {
        var blocks = Convert("- [not a link][nowhere] and [half\n");
        Assert.Equal("[not a link][nowhere] and [half", Text(blocks));
    }

    [Fact]
    public void A_mark_without_a_note_is_printed_as_written_with_a_warning_naming_it()
    {
        var diagnostics = new DiagnosticBag();
        var blocks = Convert("Line one.\n\nSee[^missing][^a]." + Notes, diagnostics);
        Assert.Equal("Line one.|See[^missing].", Text(blocks));
        Assert.Equal(["Note A."], CitedNotes(blocks));
        Assert.Equal(2, diagnostics.Items.Count);
        var warning = diagnostics.Items[0];
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("[^missing]", warning.Message, StringComparison.Ordinal);
        Assert.Equal((3, 4), (warning.Location.Line, warning.Location.Column));

        // Note b, defined and never cited, is told too: it cannot be printed.
        Assert.Contains("footnote [^b] is defined but never cited", diagnostics.Items[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_that_cites_itself_is_printed_with_its_own_label()
    {
        var diagnostics = new DiagnosticBag();
        var blocks = Convert("Text[^a].\n\n[^a]: Again[^a].\n", diagnostics);
        Assert.Equal(["Again[^a]."], CitedNotes(blocks));
        Assert.Contains("[^a] cites itself", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }
}
