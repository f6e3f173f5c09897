using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// Column widths settled against the cells: the template's shares while everything fits, and the
/// room a column does not use given to columns whose text wraps.
/// </summary>
public class ColumnFitTests
{
    [Fact]
    public void Widths_stay_as_the_template_set_them_while_every_cell_fits()
    {
        Assert.Equal([100, 200, 100], ColumnFit.Widths([100, 200, 100], [30, 50, 99]));
    }

    [Fact]
    public void A_column_gives_the_room_it_does_not_use_to_the_column_that_wraps()
    {
        var widths = ColumnFit.Widths([100, 100], [40, 300]);
        Assert.Equal(41, widths[0], 6);
        Assert.Equal(159, widths[1], 6);
    }

    [Fact]
    public void Wrapping_columns_share_the_room_by_width_and_take_no_more_than_they_need()
    {
        // 79 points spare; the middle column needs only 20 of its half, the rest goes to the last.
        var widths = ColumnFit.Widths([100, 100, 100], [20, 120, 500]);
        Assert.Equal([21, 120, 159], widths.Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public void Room_left_once_every_column_fits_goes_back_in_the_template_proportions()
    {
        var widths = ColumnFit.Widths([100, 300], [10, 310]);
        Assert.Equal(400, widths.Sum(), 6);
        Assert.True(widths[1] >= 310, $"{widths[1]}");
        Assert.True(widths[0] > 11, $"{widths[0]}");
    }

    [Fact]
    public void A_column_of_unknown_width_never_gives_its_room_away_and_shares_what_others_give()
    {
        var widths = ColumnFit.Widths([100, 100, 100], [double.PositiveInfinity, 400, 10]);
        Assert.Equal([144.5, 144.5, 11], widths.Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public void A_paper_table_lets_a_long_name_stand_on_one_line_beside_short_columns()
    {
        const string Owner = "Ministry of Trade, Industry and Fisheries";
        Block Cell(string text) => new Paragraph([new Model.Text(text)]);
        TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell([Cell(c)]))]);
        var metadata = new DocumentMetadata { Title = "Columns", Language = "en-GB" };
        var table = new Table([0.5, 0.15, 0.35], [Row("Rating", "Owner", "Trend")], [Row("Low", Owner, "Rising"), Row("High", "Ministry of Defence", "Falling")]);
        var document = new Document(metadata, [new Section([table], PageLayout.A4, PageFurniture.Empty, PageNumbering.Default, metadata)]);

        using var output = new PdfOutput();
        var pdf = output.Render(document, "columns");

        Assert.Empty(PdfAudit.Problems(pdf));
        var lines = PdfTools.Text(pdf, raw: true).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.Contains(Owner, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith('-'));
    }
}
