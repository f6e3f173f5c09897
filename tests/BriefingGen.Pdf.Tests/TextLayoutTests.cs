using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;
using static BriefingGen.Pdf.Tests.Support.TestFonts;

namespace BriefingGen.Pdf.Tests;

/// <summary>Line breaking: where lines may end, and that no line is wider than its measure.</summary>
public class TextLayoutTests
{
    private static List<string> Lines(string text, double width, TextStyle? style = null)
    {
        var lines = new TextLayouter(Book).Layout([new TextSpan(text, style ?? Style())], width, 1.0, Style());
        var tooWide = lines.Where(line => line.Width > width + 0.01).Select(line => $"'{TextOf(line)}' is {line.Width:0.##} pt wide, more than {width:0.##}");
        Assert.Empty(tooWide);
        return lines.Select(TextOf).ToList();
    }

    private static double WidthOf(string text) => new TextLayouter(Book).Layout([new TextSpan(text, Style())], 10_000, 1.0, Style()).Single().Width;

    [Fact]
    public void Lines_break_at_spaces_and_drop_the_space_at_the_break()
    {
        var width = Math.Max(WidthOf("alpha beta"), WidthOf("gamma delta")) + 1;
        Assert.Equal(["alpha beta", "gamma delta"], Lines("alpha beta gamma delta", width));
    }

    [Fact]
    public void A_line_may_end_after_a_hyphen_or_a_dash()
    {
        Assert.Equal(["well-", "known"], Lines("well-known", WidthOf("known") + 1));
        Assert.Equal(["Arctic\u2013", "Barents"], Lines("Arctic\u2013Barents", WidthOf("Barents") + 1));
    }

    [Fact]
    public void A_soft_hyphen_breaks_with_a_visible_hyphen_and_is_invisible_otherwise()
    {
        var text = "Samarbeids\u00ADavtale";
        var broken = Lines(text, WidthOf("Samarbeids-") + 1);
        Assert.Equal(2, broken.Count);
        Assert.Equal("Samarbeids", broken[0].Replace("\u00AD", "", StringComparison.Ordinal).TrimEnd('-'));
        Assert.EndsWith("-", broken[0], StringComparison.Ordinal);
        Assert.Equal("avtale", broken[1]);
        Assert.Single(Lines(text, 1000));
    }

    [Fact]
    public void A_word_wider_than_the_line_breaks_between_characters_and_loses_nothing()
    {
        var word = new string('x', 300);
        var lines = Lines("start " + word + " end", 100);
        Assert.True(lines.Count > 5);
        Assert.Equal("start" + word + "end", string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_newline_forces_a_break_and_keeps_empty_lines()
    {
        Assert.Equal(["one", "", "three"], Lines("one\n\nthree", 1000));
    }

    [Fact]
    public void Mixed_styles_share_a_line_and_the_tallest_sets_its_height()
    {
        var small = Style(8);
        var big = Style(20);
        var lines = new TextLayouter(Book).Layout([new TextSpan("small ", small), new TextSpan("BIG", big)], 1000, 1.0, small);
        var line = Assert.Single(lines);
        Assert.Equal("small BIG", TextOf(line));
        var alone = new TextLayouter(Book).Layout([new TextSpan("BIG", big)], 1000, 1.0, big).Single();
        Assert.Equal(alone.Height, line.Height, 3);
    }

    [Fact]
    public void Justified_lines_fill_the_measure_except_the_last()
    {
        var canvas = new RecordingCanvas();
        canvas.BeginPage(300, 300);
        var paragraph = new ParagraphElement([new TextSpan("Norway cooperates with Russia on fisheries, nuclear safety and the environment in the North.", Style())], new TextLayouter(Book), Style())
        {
            Alignment = TextAlignment.Justify,
        };
        var plan = paragraph.Measure(new Size(150, 300));
        paragraph.Draw(new DrawContext(canvas, 1, 1, _ => null), new Area(10, 10, 150, plan.Height));
        var rows = canvas.Pages[0].OfType<DrawnText>().Where(t => t.Text.Trim().Length > 0).GroupBy(t => t.Baseline).ToList();
        Assert.True(rows.Count >= 3);
        foreach (var row in rows.SkipLast(1))
        {
            Assert.Equal(160, row.Max(t => t.X + t.Width), 1);
        }

        Assert.True(rows[^1].Max(t => t.X + t.Width) < 159);
    }

    [Fact]
    public void Right_to_left_words_are_laid_right_to_left_inside_a_left_to_right_line()
    {
        var line = new TextLayouter(Book).Layout([new TextSpan("Hebrew שלום עולם 2026 and more", Style())], 1000, 1.0, Style()).Single();
        var words = line.Pieces.Where(p => !p.IsSpace).Select(p => p.Run.Text.Trim()).ToList();
        Assert.Equal(["Hebrew", "2026", "עולם", "שלום", "and", "more"], words);
    }
}
