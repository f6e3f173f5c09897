using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>A list of up to three items is never split across pages, wherever the page ends.</summary>
public sealed class ShortListTests : IDisposable
{
    private readonly PdfOutput _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void A_short_lists_items_share_a_page_wherever_the_page_break_falls()
    {
        static Model.Paragraph Line(string text) => new([new Model.Text(text)]);
        var list = new Model.ListBlock(false, [new Model.ListItem([Line("Firstitem of the list")]), new Model.ListItem([Line("Seconditem of the list")])]);
        var splitsSeen = 0;
        for (var filler = 30; filler <= 60; filler++)
        {
            var blocks = Enumerable.Range(1, filler).Select(i => (Model.Block)Line($"Filler paragraph {i}.")).Append(list).ToArray();
            var pdf = _output.Render(ModelSamples.Of(blocks), $"list-{filler}");
            var pages = PdfTools.Text(pdf).Split('\f');
            var first = Array.FindIndex(pages, p => p.Contains("Firstitem", StringComparison.Ordinal));
            var second = Array.FindIndex(pages, p => p.Contains("Seconditem", StringComparison.Ordinal));
            Assert.Equal(first, second);
            splitsSeen += pages.Count(p => p.Contains("Filler", StringComparison.Ordinal)) > 1 ? 1 : 0;
        }

        // The fillers do run onto a second page, so the list met a page break somewhere in the range.
        Assert.True(splitsSeen > 0);
    }
}
