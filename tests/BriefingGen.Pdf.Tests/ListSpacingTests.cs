using System.Globalization;
using System.Xml.Linq;
using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>A list ends as far from the paragraph after it as the paragraph before it is from the list.</summary>
public sealed class ListSpacingTests : IDisposable
{
    private readonly PdfOutput _output = new();

    [Fact]
    public void The_paragraph_after_a_list_stands_as_far_off_as_the_one_before_it()
    {
        static Model.Paragraph Line(string word) => new([new Model.Text(word)]);
        var list = new ListBlock(false, [new ListItem([Line("Itemone")]), new ListItem([Line("Itemtwo")])]);
        var pdf = _output.Render(ModelSamples.Of(Line("Before"), list, Line("After")));

        var (_, bbox, _) = PdfTools.Run("pdftotext", "-bbox", pdf, "-");
        var words = XDocument.Parse(bbox).Descendants().Where(e => e.Name.LocalName == "word")
            .GroupBy(w => w.Value).ToDictionary(g => g.Key, g => (Top: Number(g.First(), "yMin"), Bottom: Number(g.First(), "yMax")));
        var gapBefore = words["Itemone"].Top - words["Before"].Bottom;
        var gapBetweenItems = words["Itemtwo"].Top - words["Itemone"].Bottom;
        var gapAfter = words["After"].Top - words["Itemtwo"].Bottom;

        Assert.True(gapAfter > gapBetweenItems + 1, $"after the list {gapAfter:0.0} pt, between items {gapBetweenItems:0.0} pt");
        Assert.Equal(gapBefore, gapAfter, 1.0);
    }

    private static double Number(XElement word, string name) => double.Parse(word.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    public void Dispose() => _output.Dispose();
}
