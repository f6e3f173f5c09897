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

/// <summary>Two lists of contents in a row stand apart, as a heading does from what is above it.</summary>
public sealed class ContentsSpacingTests : IDisposable
{
    private readonly PdfOutput _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void A_second_contents_list_keeps_its_headings_space_above()
    {
        static Model.Paragraph Line(string word) => new([new Model.Text(word)]);
        var document = ModelSamples.Of(
            new Model.TableOfContents([new Model.Text("Contents")]),
            new Model.TableOfContents([new Model.Text("Again")]),
            new Model.Heading(1, [new Model.Text("Alpha")], "alpha"),
            Line("Body"));
        var pdf = _output.Render(document);

        var (_, bbox, _) = PdfTools.Run("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-");
        var words = XDocument.Parse(bbox).Descendants().Where(e => e.Name.LocalName == "word").ToList();
        var lastEntry = words.First(w => w.Value == "Alpha");
        var second = words.First(w => w.Value == "Again");
        var gap = Number(second, "yMin") - Number(lastEntry, "yMax");
        Assert.True(gap > 12, $"the second list's heading is {gap:0.0} pt below the first list's last entry");
    }

    private static double Number(XElement word, string name) => double.Parse(word.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
