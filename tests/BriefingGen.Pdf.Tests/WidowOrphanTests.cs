using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Tests.Support;
using static BriefingGen.Pdf.Tests.Support.TestFonts;

namespace BriefingGen.Pdf.Tests;

/// <summary>Paragraphs split across pages leave at least two lines at the foot and two at the head.</summary>
public class WidowOrphanTests
{
    private static ParagraphElement Lines(int lines) =>
        new([new TextSpan(string.Join('\n', Enumerable.Range(1, lines).Select(i => "line " + i)), Style())], new TextLayouter(Book), Style());

    private static Element Paragraph(int lines, bool keep = false) => keep ? new KeepTogetherElement(Lines(lines), 1000) : Lines(lines);

    private static double LineHeight => Lines(1).LinesFor(500)[0].Height;

    [Fact]
    public void A_paragraph_does_not_leave_a_single_line_at_the_foot_of_a_page()
    {
        Assert.Equal(SpacePlan.Wrap, Paragraph(5).Measure(new Size(500, LineHeight * 1.5)));
    }

    [Fact]
    public void A_paragraph_does_not_carry_a_single_line_to_the_next_page()
    {
        var plan = Paragraph(5).Measure(new Size(500, LineHeight * 4.5));
        Assert.Equal(SpacePlanKind.Partial, plan.Kind);
        Assert.Equal(LineHeight * 3, plan.Height, 3);
    }

    [Fact]
    public void A_three_line_paragraph_moves_whole_rather_than_split_badly()
    {
        Assert.Equal(SpacePlan.Wrap, Paragraph(3).Measure(new Size(500, LineHeight * 2.5)));
    }

    [Fact]
    public void A_split_paragraph_continues_with_the_remaining_lines()
    {
        var paragraph = Paragraph(6);
        var canvas = new RecordingCanvas();
        Support.Layout.Run(paragraph, canvas, new Size(500, 500), new Area(0, 0, 500, LineHeight * 4.2));
        Assert.Equal(["line 1 line 2 line 3 line 4", "line 5 line 6"], canvas.PageTexts);
    }

    [Fact]
    public void A_page_does_not_end_in_the_first_half_of_a_hyphenated_word()
    {
        // The third line ends in "long-", its word broken at a soft hyphen; at the foot of a
        // page of three and a half lines, it goes over with the word's second half.
        var text = "line 1\nline 2\nline 3 long\u00ADword\nline 4\nline 5";
        ParagraphElement Paragraph() => new([new TextSpan(text, Style())], new TextLayouter(Book), Style());
        var width = Enumerable.Range(20, 300).First(w => Paragraph().LinesFor(w) is { Count: 6 } lines && lines[2].EndsHyphenated);
        var paragraph = Paragraph();

        var canvas = new RecordingCanvas();
        Support.Layout.Run(paragraph, canvas, new Size(width, 500), new Area(0, 0, width, LineHeight * 3.5));
        var pages = canvas.PageTexts.ToList();
        Assert.Equal("line 1 line 2", pages[0]);
        Assert.StartsWith("line 3 long", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_kept_together_move_as_one()
    {
        Assert.Equal(SpacePlan.Wrap, Paragraph(4, keep: true).Measure(new Size(500, LineHeight * 3.5)));
        Assert.Equal(SpacePlanKind.Full, Paragraph(4, keep: true).Measure(new Size(500, LineHeight * 4.5)).Kind);
    }

    [Fact]
    public void Lines_taller_than_the_keep_limit_split_so_a_page_never_stays_empty()
    {
        var heading = new KeepTogetherElement(Lines(8), LineHeight * 5);
        Assert.Equal(SpacePlanKind.Partial, heading.Measure(new Size(500, LineHeight * 6.5)).Kind);
    }
}
