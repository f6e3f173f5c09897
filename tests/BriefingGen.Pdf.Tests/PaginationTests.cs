using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Tests.Support;
using static BriefingGen.Pdf.Tests.Support.Layout;

namespace BriefingGen.Pdf.Tests;

/// <summary>The page loop and the column, in blocks of given heights on pages 100 points high (ten 10-point lines).</summary>
public class PaginationTests
{
    [Fact]
    public void Blocks_stack_and_a_long_block_continues_on_the_next_page()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 4), new FixedBlock("b", 9)]));
        Assert.Equal(2, pages.Count);
        Assert.Equal([.. Lines("a", 1, 4), .. Lines("b", 1, 6)], pages[0]);
        Assert.Equal(Lines("b", 7, 9), pages[1]);
    }

    [Fact]
    public void Spacing_between_blocks_is_kept_but_dropped_at_the_top_of_a_page()
    {
        var canvas = new RecordingCanvas();
        var column = new ColumnElement([new FixedBlock("a", 8), new FixedBlock("b", 3) { SpaceBefore = 10 }, new FixedBlock("c", 1) { SpaceBefore = 20 }]);
        Support.Layout.Run(column, canvas, new Size(200, 100), new Area(0, 0, 200, 100));
        var fills = canvas.Pages.Select(p => p.OfType<DrawnFill>().ToList()).ToList();

        // a fills 80 points; b's 10 points of space leave room for one line of b, which then splits.
        Assert.Equal(90, fills[0].Single(f => f.Color == "b:1").Y);
        Assert.Equal(0, fills[1].Single(f => f.Color == "b:2").Y);
        Assert.Equal(40, fills[1].Single(f => f.Color == "c:1").Y);
    }

    [Fact]
    public void A_heading_moves_to_the_next_page_with_the_block_it_introduces()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 9), new KeepWithNextElement(new FixedBlock("heading", 1, keepTogether: true)), new FixedBlock("body", 3, keepTogether: true)]));
        Assert.Equal(Lines("a", 1, 9), pages[0]);
        Assert.Equal(["heading:1", .. Lines("body", 1, 3)], pages[1]);
    }

    [Fact]
    public void A_heading_stays_when_the_next_block_can_start_below_it()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 7), new KeepWithNextElement(new FixedBlock("heading", 1)), new FixedBlock("body", 5)]));
        Assert.Equal([.. Lines("a", 1, 7), "heading:1", "body:1", "body:2"], pages[0]);
        Assert.Equal(Lines("body", 3, 5), pages[1]);
    }

    [Fact]
    public void A_block_kept_together_moves_whole_to_the_next_page()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 6), new FixedBlock("kept", 5, keepTogether: true), new FixedBlock("c", 1)]));
        Assert.Equal(Lines("a", 1, 6), pages[0]);
        Assert.Equal([.. Lines("kept", 1, 5), "c:1"], pages[1]);
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_takes_no_space_on_it()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 2), new PageBreakElement(), new FixedBlock("b", 10)]));
        Assert.Equal([Lines("a", 1, 2).ToList(), Lines("b", 1, 10).ToList()], pages);
    }

    [Fact]
    public void Content_that_cannot_fit_on_an_empty_page_is_an_error_not_an_endless_loop()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Paginate(new ColumnElement([new FixedBlock("huge", 11, keepTogether: true)])));
        Assert.Contains("does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_columns_continue_where_they_stopped()
    {
        var inner = new ColumnElement([new FixedBlock("x", 6), new FixedBlock("y", 6)]);
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 2), inner, new FixedBlock("z", 1)]));
        Assert.Equal([.. Lines("a", 1, 2), .. Lines("x", 1, 6), "y:1", "y:2"], pages[0]);
        Assert.Equal([.. Lines("y", 3, 6), "z:1"], pages[1]);
    }

    [Fact]
    public void A_box_pads_its_child_and_splits_with_it()
    {
        var canvas = new RecordingCanvas();
        var box = new BoxElement(new FixedBlock("in", 12)) { Padding = (5, 5, 5, 5), Fill = "box" };
        Support.Layout.Run(new ColumnElement([box]), canvas, new Size(200, 100), new Area(0, 0, 200, 100));
        Assert.Equal(2, canvas.Pages.Count);
        var first = canvas.Pages[0].OfType<DrawnFill>().ToList();
        Assert.Equal(new DrawnFill(0, 0, 200, 100, "box"), first[0]);
        Assert.Equal(new DrawnFill(5, 5, 190, 10, "in:1"), first[1]);
        Assert.Equal(10, first.Count); // the box and the nine lines that fit inside its padding
        Assert.Equal(["box", "in:10", "in:11", "in:12"], canvas.Pages[1].OfType<DrawnFill>().Select(f => f.Color));
    }
}
