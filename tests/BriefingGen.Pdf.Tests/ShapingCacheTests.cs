using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests;

/// <summary>A face shapes each word once for the process, and does not keep long runs; a paragraph's lines are kept alike.</summary>
public sealed class ShapingCacheTests
{
    [Fact]
    public void A_word_shaped_for_one_paper_is_reused_by_the_next()
    {
        var style = TestFonts.Style();
        var first = new FontBook(ResolverOf()).Shape("cooperation", style);
        var second = new FontBook(ResolverOf()).Shape("cooperation", style);
        Assert.Same(Assert.Single(first), Assert.Single(second));
    }

    [Fact]
    public void A_long_run_is_shaped_afresh_each_time_and_not_kept()
    {
        var style = TestFonts.Style();
        var text = string.Concat(Enumerable.Repeat("Barents ", 20));
        var first = new FontBook(ResolverOf()).Shape(text, style);
        var second = new FontBook(ResolverOf()).Shape(text, style);
        Assert.NotSame(Assert.Single(first), Assert.Single(second));
        Assert.Equal(Assert.Single(first).Glyphs, Assert.Single(second).Glyphs);
    }

    [Fact]
    public void A_paragraph_laid_out_for_one_paper_is_reused_by_the_next()
    {
        var style = TestFonts.Style();
        TextSpan[] spans = [new("Practical cooperation with Russia in the North, on the environment and on fisheries.", style)];
        var first = new TextLayouter(new FontBook(ResolverOf())).Layout(spans, 120, 1.2, style);
        var second = new TextLayouter(new FontBook(ResolverOf())).Layout([.. spans], 120, 1.2, style);
        Assert.True(first.Count > 1);
        Assert.Same(first, second);
    }

    [Fact]
    public void A_paragraph_with_a_character_no_font_has_is_laid_out_again_for_every_paper_so_each_learns_of_it()
    {
        var style = TestFonts.Style();
        TextSpan[] spans = [new("Nothing draws \u0379 here", style)];
        foreach (var paper in new[] { 1, 2 })
        {
            var fonts = new FontBook(ResolverOf());
            new TextLayouter(fonts).Layout(spans, 300, 1.2, style);
            Assert.Contains(0x0379, fonts.Shaper.Missing);
        }
    }

    [Fact]
    public void A_long_paragraph_is_not_kept_for_later_papers()
    {
        var style = TestFonts.Style();
        TextSpan[] spans = [new(string.Concat(Enumerable.Repeat("The Barents Sea is shared. ", 200)), style)];
        var first = new TextLayouter(new FontBook(ResolverOf())).Layout(spans, 300, 1.2, style);
        var second = new TextLayouter(new FontBook(ResolverOf())).Layout(spans, 300, 1.2, style);
        Assert.NotSame(first, second);
        Assert.Equal(first.Count, second.Count);
    }

    private static Fonts.FontResolver ResolverOf() => Fonts.FontResolver.For([], includeSystem: true);
}
