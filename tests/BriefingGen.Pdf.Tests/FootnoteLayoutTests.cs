using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Footnotes go at the foot of the page that cites them, as in Word: wherever the citing line falls,
/// the note's first line is on its page; a long note goes on at the next page's foot; notes are
/// tagged Note, and nothing is gathered at the end of the paper.
/// </summary>
public class FootnoteLayoutTests
{
    private const string Filler = "Relations between the two states have been shaped by a long common border in the North and by shared stewardship of the sea. ";

    private static Paragraph Body(int sentences) => new([new Model.Text(string.Concat(Enumerable.Repeat(Filler, sentences)))]);

    private static Paragraph Citing(string text, string note) =>
        new([new Model.Text(text), new FootnoteReference([new Paragraph([new Model.Text(note)])]), new Model.Text(" And the text goes on.")]);

    /// <summary>The text of each page, by poppler.</summary>
    private static List<string> Pages(string pdf)
    {
        var count = int.Parse(PdfTools.Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(p => PdfTools.Run("pdftotext", "-f", $"{p}", "-l", $"{p}", "-enc", "UTF-8", pdf, "-").Output)];
    }

    private static int PageOf(List<string> pages, string text) => pages.FindIndex(p => p.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Each_note_is_on_the_page_of_the_line_that_cites_it_wherever_that_line_falls()
    {
        using var output = new PdfOutput();
        for (var lines = 30; lines <= 52; lines += 2)
        {
            // The citing paragraph moves down the page, and past its foot, a line at a time or so.
            var document = ModelSamples.Of(
                new Heading(1, [new Model.Text("Background")], "background"),
                new Paragraph([new Model.Text(string.Join(" ", Enumerable.Range(1, lines).Select(i => $"Line{i} word word word word word word word word word word word word.")))]),
                Citing("The first citing sentence.", "Alpha note: the first source, with enough words to take more than a single line at the foot of the page it belongs to."),
                Body(6),
                Citing("The second citing sentence.", "Bravo note."),
                Body(40));
            var pages = Pages(output.Render(document, $"notes-{lines}"));
            Assert.True(PageOf(pages, "The first citing sentence.") == PageOf(pages, "Alpha note"), $"{lines}: the first note is not on its citing line's page");
            Assert.True(PageOf(pages, "The second citing sentence.") == PageOf(pages, "Bravo note."), $"{lines}: the second note is not on its citing line's page");
            Assert.Single(pages, p => p.Contains("Alpha note", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_note_too_long_for_the_room_left_goes_on_at_the_next_page_foot()
    {
        using var output = new PdfOutput();
        var longNote = string.Join(" ", Enumerable.Range(1, 400).Select(i => $"n{i}"));
        var document = ModelSamples.Of(Body(20), Citing("The citing sentence.", longNote), Body(60));
        var pages = Pages(output.Render(document));
        var cited = PageOf(pages, "The citing sentence.");
        Assert.Contains("n1 ", pages[cited - 1], StringComparison.Ordinal);
        Assert.DoesNotContain("n400", pages[cited - 1], StringComparison.Ordinal);
        Assert.Contains("n400", pages[cited], StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_are_numbered_in_the_order_of_their_marks_and_none_follows_the_last_block()
    {
        using var output = new PdfOutput();
        var document = ModelSamples.Of(Citing("One.", "First note."), Citing("Two.", "Second note."), new Paragraph([new Model.Text("The last block.")]));
        var text = PdfTools.Text(output.Render(document), raw: true);
        Assert.Matches(@"1\s*First note\.", text);
        Assert.Matches(@"2\s*Second note\.", text);

        // The notes sit at the foot, below the last block of text, once each.
        Assert.True(text.IndexOf("The last block.", StringComparison.Ordinal) < text.IndexOf("First note.", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "First note"));
    }

    [Fact]
    public void A_note_is_a_Note_structure_element_with_an_ID_that_its_mark_links_to()
    {
        using var output = new PdfOutput();
        var pdf = output.Render(ModelSamples.Of(Citing("One.", "First note."), Citing("Two.", "Second note.")));
        var file = PdfTools.Uncompressed(pdf);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(file, @"/S /Note\b").Count);
        Assert.Contains("/ID (note-1)", file, StringComparison.Ordinal);
        Assert.Contains("/IDTree", file, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(file, @"/Subtype /Link\b").Count); // each mark goes to its note
        Assert.Equal(0, PdfTools.Run("qpdf", "--check", pdf).Exit);
    }

    [Fact]
    public void A_mark_inside_a_note_is_written_into_it_in_brackets_as_Word_does()
    {
        using var output = new PdfOutput();
        var inner = new FootnoteReference([new Paragraph([new Model.Text("inner text")])]);
        var document = ModelSamples.Of(new Paragraph([new Model.Text("Text."), new FootnoteReference([new Paragraph([new Model.Text("Outer note"), inner])])]));
        var text = PdfTools.Text(output.Render(document));
        Assert.Contains("Outer note (inner text)", text, StringComparison.Ordinal);
    }
}
