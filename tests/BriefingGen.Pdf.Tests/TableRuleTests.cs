using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Tests;

/// <summary>Rules between table rows stay visible over shaded cells: drawn over every fill, in a tone the fill cannot swallow.</summary>
public class TableRuleTests
{
    private const string Rule = "B8C2CC";
    private const string Peach = "FBD5B5";

    private static RowElement Row(string name, string? fill) =>
        new([(new FixedBlock(name, 1), null), (new FixedBlock(name + "'", 1), fill)], [100, 100]) { Padding = (0, 0) };

    private static List<Drawn> Draw(params string?[] fills)
    {
        var table = new TableElement(() => [Row("head", "1F3864")], fills.Select((f, i) => Row("r" + i, f)).ToList(), 1000, Rule, 0.5);
        var canvas = new RecordingCanvas();
        Support.Layout.Run(new ColumnElement([table]), canvas, new Size(200, 1000), new Area(0, 0, 200, 1000));
        return [.. canvas.Pages.Single()];
    }

    [Fact]
    public void Every_rule_is_drawn_after_every_fill_so_no_fill_covers_it()
    {
        var drawn = Draw(Peach, Peach, Peach);
        var lastFill = drawn.FindLastIndex(d => d is DrawnFill { Color: Peach });
        var firstRule = drawn.FindIndex(d => d is DrawnLine);
        Assert.True(firstRule > lastFill, $"a rule at {firstRule} is drawn before the fill at {lastFill}");
    }

    [Fact]
    public void Over_a_pale_fill_the_rule_takes_a_tone_that_stands_out_from_it_as_from_the_page()
    {
        var drawn = Draw(Peach, Peach, null);
        var wanted = Contrast.Ratio(Rule, "FFFFFF");

        // Under the first shaded row: plain over the unshaded column, deeper over the shaded one.
        var between = drawn.OfType<DrawnLine>().Where(l => l.Y1 == 20).OrderBy(l => l.X1).ToList();
        Assert.Equal(2, between.Count);
        Assert.Equal(Rule, between[0].Color);
        Assert.Equal((100.0, 200.0), (between[1].X1, between[1].X2));
        Assert.True(Contrast.Ratio(between[1].Color, Peach) >= wanted, $"{between[1].Color} on {Peach}");

        // Under the last row, with no fill on either side, the rule is the table's own, whole.
        var last = Assert.Single(drawn.OfType<DrawnLine>(), l => l.Y1 == 40);
        Assert.Equal((0.0, 200.0, Rule), (last.X1, last.X2, last.Color));
    }

    [Fact]
    public void A_rule_that_already_stands_out_from_a_dark_fill_is_left_as_it_is() =>
        Assert.Equal(Rule, RuleColors.Over(Rule, "A11A1A"));
}
