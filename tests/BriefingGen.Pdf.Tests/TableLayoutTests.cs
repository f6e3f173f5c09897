using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;
using static BriefingGen.Pdf.Tests.Support.Layout;

namespace BriefingGen.Pdf.Tests;

/// <summary>Tables in the block vocabulary: rows of cells of given heights on pages 100 points high.</summary>
public class TableLayoutTests
{
    private static RowElement Row(string name, int lines, bool keep = true) =>
        new([(new FixedBlock(name, lines, keepTogether: keep), null), (new FixedBlock(name + "'", 1), "shade")], [100, 100]) { Padding = (0, 0) };

    private static TableElement Table(int rows, int linesPerRow = 2) =>
        new(() => [Row("head", 1)], Enumerable.Range(1, rows).Select(i => Row("r" + i, linesPerRow)).ToList(), 100, "rule", 0.5);

    [Fact]
    public void The_header_row_repeats_on_every_page_the_table_spans()
    {
        var pages = Paginate(new ColumnElement([Table(rows: 10)]));
        Assert.Equal(3, pages.Count);
        Assert.All(pages, page => Assert.Equal("head:1", page[0]));
    }

    [Fact]
    public void A_row_never_crosses_the_page_edge()
    {
        // Header 10 + four rows of 20 = 90: the fifth row (20) does not fit in the last 10 points.
        var pages = Paginate(new ColumnElement([Table(rows: 5)]));
        Assert.Equal(["head:1", "head':1", .. Enumerable.Range(1, 4).SelectMany(i => new[] { $"r{i}:1", $"r{i}:2", $"r{i}':1" })], pages[0]);
        Assert.Equal(["head:1", "head':1", "r5:1", "r5:2", "r5':1"], pages[1]);
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_rather_than_failing()
    {
        var table = new TableElement(() => [Row("head", 1)], [Row("tall", 15, keep: false)], 100, "rule", 0.5);
        var pages = Paginate(new ColumnElement([table]));
        Assert.Equal(2, pages.Count);
        Assert.Equal(Lines("tall", 1, 15), pages.SelectMany(p => p).Where(f => f.StartsWith("tall:", StringComparison.Ordinal)));
        Assert.Equal("head:1", pages[1][0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void A_row_taller_than_a_page_after_a_short_one_splits_whether_the_table_starts_at_the_top_or_below_other_content(int linesBefore)
    {
        // The lead rows (header and two body rows) would keep together, but the second can fit on no page.
        var table = new TableElement(() => [Row("head", 1)], [Row("short", 1), Row("tall", 15, keep: false)], 100, "rule", 0.5);
        Element[] content = linesBefore == 0 ? [table] : [new FixedBlock("a", linesBefore), table];
        var pages = Paginate(new ColumnElement(content));
        var drawn = pages.SelectMany(p => p).ToList();
        Assert.Equal(Lines("tall", 1, 15), drawn.Where(f => f.StartsWith("tall:", StringComparison.Ordinal)));
        Assert.Contains("short:1", pages[0]);
        Assert.True(pages.Count <= 3, $"{pages.Count} pages");
    }

    [Fact]
    public void A_first_row_taller_than_a_page_starts_under_the_content_before_it_not_on_a_new_page()
    {
        // Page 1: three lines of text, the header and six lines of the row; page 2: the header and its last nine.
        var table = new TableElement(() => [Row("head", 1)], [Row("tall", 15, keep: false)], 100, "rule", 0.5);
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 3), table]));
        Assert.Equal([.. Lines("a", 1, 3), "head:1", "head':1", .. Lines("tall", 1, 6), "tall':1"], pages[0]);
        Assert.Equal(["head:1", "head':1", .. Lines("tall", 7, 15)], pages[1]);
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void A_later_row_taller_than_a_page_starts_under_the_row_before_it()
    {
        var table = new TableElement(() => [Row("head", 1)], [Row("short", 1), Row("tall", 15, keep: false)], 100, "rule", 0.5);
        var pages = Paginate(new ColumnElement([table]));
        Assert.Equal(["head:1", "head':1", "short:1", "short':1", .. Lines("tall", 1, 8), "tall':1"], pages[0]);
        Assert.Equal(Lines("tall", 1, 15), pages.SelectMany(p => p).Where(f => f.StartsWith("tall:", StringComparison.Ordinal)));
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void A_row_that_does_not_fit_under_the_end_of_a_split_row_goes_to_the_next_page()
    {
        // Page 1: header and 9 lines of the tall row; page 2: header, its last 6 lines, and no room for "next".
        var table = new TableElement(() => [Row("head", 1)], [Row("tall", 15, keep: false), Row("next", 5)], 100, "rule", 0.5);
        var pages = Paginate(new ColumnElement([table]));
        Assert.Equal(3, pages.Count);
        Assert.Equal(Lines("tall", 1, 15), pages.SelectMany(p => p).Where(f => f.StartsWith("tall:", StringComparison.Ordinal)));
        Assert.Equal(["head:1", "head':1", .. Lines("next", 1, 5), "next':1"], pages[2]);
    }

    [Fact]
    public void A_table_whose_first_row_cannot_follow_the_header_moves_to_the_next_page()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 8), Table(rows: 1)]));
        Assert.Equal(Lines("a", 1, 8), pages[0]);
        Assert.Equal(["head:1", "head':1", "r1:1", "r1:2", "r1':1"], pages[1]);
    }

    [Fact]
    public void Each_row_gets_a_rule_under_it()
    {
        var canvas = new RecordingCanvas();
        Support.Layout.Run(new ColumnElement([Table(rows: 3)]), canvas, new Size(200, 100), new Area(0, 0, 200, 100));
        Assert.Equal([10.0, 30, 50, 70], canvas.Pages.Single().OfType<DrawnLine>().Select(l => l.Y1));
    }

    [Fact]
    public void A_header_taller_than_a_third_of_the_page_is_drawn_once_and_may_split()
    {
        var table = new TableElement(() => [Row("head", 15, keep: false)], [Row("r1", 2)], 100, "rule", 0.5);
        var pages = Paginate(new ColumnElement([table]));
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(Lines("head", 1, 15), all.Where(f => f.StartsWith("head:", StringComparison.Ordinal)));
        Assert.Equal(["head':1", "r1:1", "r1:2", "r1':1"], all.Where(f => !f.StartsWith("head:", StringComparison.Ordinal)));
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain(pages[1], f => f == "head:1");
    }

    [Fact]
    public void A_table_with_only_a_header_row_still_shows_it()
    {
        var table = new TableElement(() => [Row("head", 1)], [], 100, "rule", 0.5);
        Assert.Equal([["head:1", "head':1"]], Paginate(new ColumnElement([table])));
    }
}
