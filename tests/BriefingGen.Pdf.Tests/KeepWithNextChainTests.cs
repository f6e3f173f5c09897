using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Tests.Support;
using static BriefingGen.Pdf.Tests.Support.Layout;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Chains of keep-with-next blocks (heading, subheading, lead sentence) and the start of what
/// follows them, in blocks of given heights on pages 100 points high (ten 10-point lines).
/// </summary>
public class KeepWithNextChainTests
{
    private static KeepWithNextElement Kept(string name, int lines = 1) => new(new FixedBlock(name, lines, keepTogether: true));

    private static RowElement Row(string name) =>
        new([(new FixedBlock(name, 1, keepTogether: true), null)], [200]) { Padding = (0, 0) };

    private static TableElement Table(int rows) =>
        new(() => [Row("head")], Enumerable.Range(1, rows).Select(i => Row("r" + i)).ToList(), 100, "rule", 0.5);

    [Fact]
    public void A_chain_of_headings_and_a_lead_sentence_moves_with_the_paragraph_it_introduces()
    {
        // 7 lines, then heading, subheading and lead (3 lines) leave no room for the paragraph to
        // start, so the whole chain moves, not only the lead.
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 7), Kept("h1"), Kept("h2"), Kept("lead"), new FixedBlock("body", 5)]));
        Assert.Equal(Lines("a", 1, 7), pages[0]);
        Assert.Equal(["h1:1", "h2:1", "lead:1", .. Lines("body", 1, 5)], pages[1]);
    }

    [Fact]
    public void A_chain_stays_when_what_follows_can_start_below_it()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 6), Kept("h1"), Kept("h2"), Kept("lead"), new FixedBlock("body", 5)]));
        Assert.Equal([.. Lines("a", 1, 6), "h1:1", "h2:1", "lead:1", "body:1"], pages[0]);
        Assert.Equal(Lines("body", 2, 5), pages[1]);
    }

    [Fact]
    public void Headings_and_a_lead_sentence_go_with_the_table_header_and_its_first_two_rows()
    {
        // 5 lines and the chain (3) leave 2: room for the header and one row, not two.
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 5), Kept("h1"), Kept("h2"), Kept("lead"), Table(rows: 5)]));
        Assert.Equal(Lines("a", 1, 5), pages[0]);
        Assert.Equal(["h1:1", "h2:1", "lead:1", "head:1", "r1:1", "r2:1", "r3:1", "r4:1", "r5:1"], pages[1]);
    }

    [Fact]
    public void A_table_below_other_content_starts_only_with_its_header_and_two_rows()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 8), Table(rows: 4)]));
        Assert.Equal(Lines("a", 1, 8), pages[0]);
        Assert.Equal(["head:1", "r1:1", "r2:1", "r3:1", "r4:1"], pages[1]);
    }

    [Fact]
    public void A_table_with_room_for_its_header_and_two_rows_starts_on_the_page()
    {
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 7), Table(rows: 4)]));
        Assert.Equal([.. Lines("a", 1, 7), "head:1", "r1:1", "r2:1"], pages[0]);
        Assert.Equal(["head:1", "r3:1", "r4:1"], pages[1]);
    }

    [Fact]
    public void A_chain_taller_than_a_page_breaks_normally_instead_of_looping()
    {
        // Twelve one-line headings kept with each other cannot share one page: they fill the first
        // page after "a" moves them once, and the rest follows.
        var chain = Enumerable.Range(1, 12).Select(i => (Element)Kept("h" + i)).ToList();
        var pages = Paginate(new ColumnElement([new FixedBlock("a", 2), .. chain, new FixedBlock("body", 3)]));
        Assert.Equal(Lines("a", 1, 2), pages[0]);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"h{i}:1"), pages[1]);
        Assert.Equal(["h11:1", "h12:1", .. Lines("body", 1, 3)], pages[2]);
    }
}
