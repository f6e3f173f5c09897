using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests;

/// <summary>A face shapes each word once for the process, and does not keep long runs.</summary>
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

    private static Fonts.FontResolver ResolverOf() => Fonts.FontResolver.For([], includeSystem: true);
}
