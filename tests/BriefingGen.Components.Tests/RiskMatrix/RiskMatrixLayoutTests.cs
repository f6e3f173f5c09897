using BriefingGen.Components.RiskMatrix;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Styling;
using BriefingGen.Testing;
using static BriefingGen.Pdf.Tests.Support.TestFonts;

namespace BriefingGen.Components.Tests.RiskMatrix;

/// <summary>The risk matrix keeps every id inside its cell, however many share one.</summary>
public class RiskMatrixLayoutTests
{
    private static readonly StyleSheet Sheet = TestEngines.PolicyBrief.StyleSheet!;

    [Fact]
    public void A_crowded_cell_grows_its_row_and_no_text_overlaps()
    {
        var risks = Enumerable.Range(1, 40).Select(i => new RiskPoint("R" + i, 3, 3)).Append(new RiskPoint("R99", 2, 3)).ToList();
        var matrix = new RiskMatrixElement(new Components.RiskMatrix.RiskMatrix(risks, "Likelihood", "Impact"), Sheet, Book, new TextLayouter(Book), Style(8), Style(6.5), 700);
        var plan = matrix.Measure(new Size(450, 1000));
        Assert.Equal(SpacePlanKind.Full, plan.Kind);

        var canvas = new RecordingCanvas();
        canvas.BeginPage(600, 1100);
        matrix.Draw(new DrawContext(canvas, 1, 1, _ => null), new Area(0, 0, 450, plan.Height));
        var texts = canvas.Pages[0].OfType<DrawnText>().Where(t => t.Text.Trim().Length > 0).ToList();
        Assert.Contains(texts, t => t.Text.Contains("R40", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.InRange(t.Baseline, 0, plan.Height));

        static bool Overlap(DrawnText a, DrawnText b) =>
            a.X < b.X + b.Width - 0.1 && b.X < a.X + a.Width - 0.1 && a.Baseline - a.Size < b.Baseline - 0.1 && b.Baseline - b.Size < a.Baseline - 0.1;
        var clashes = texts.SelectMany((a, i) => texts.Skip(i + 1).Where(b => Overlap(a, b)).Select(b => $"'{a.Text}' and '{b.Text}'")).ToList();
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));

        // The crowded cell's ids end above the top of the row below, where R99 sits.
        var lowest = texts.Where(t => t.Text.Length > 1 && t.Text[0] == 'R' && char.IsAsciiDigit(t.Text[1]) && t.Text != "R99").Max(t => t.Baseline);
        Assert.True(lowest < texts.Single(t => t.Text == "R99").Baseline - 8);
    }

    [Fact]
    public void A_grid_that_would_outgrow_the_page_uses_smaller_ids_and_then_counts()
    {
        var crowded = Enumerable.Range(1, 5).SelectMany(l => Enumerable.Range(1, 60).Select(i => new RiskPoint($"R{l}-{i}", l, l))).ToList();
        var matrix = new RiskMatrixElement(new Components.RiskMatrix.RiskMatrix(crowded, "Likelihood", "Impact"), Sheet, Book, new TextLayouter(Book), Style(8), Style(6.5), 300);
        var plan = matrix.Measure(new Size(450, 300));
        Assert.Equal(SpacePlanKind.Full, plan.Kind);

        var canvas = new RecordingCanvas();
        canvas.BeginPage(600, 400);
        matrix.Draw(new DrawContext(canvas, 1, 1, _ => null), new Area(0, 0, 450, plan.Height));
        var text = string.Concat(canvas.Pages[0].OfType<DrawnText>().Select(t => t.Text));
        Assert.Contains("(60)", text, StringComparison.Ordinal);
        Assert.Contains("R3-1", text, StringComparison.Ordinal);
    }
}
