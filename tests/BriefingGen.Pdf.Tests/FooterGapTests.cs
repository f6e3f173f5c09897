using System.Globalization;
using System.Xml.Linq;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// The body and its footnotes end clear of the footer, even where a classification banner under
/// the footer lifts it into a narrow bottom margin.
/// </summary>
public sealed class FooterGapTests : IDisposable
{
    private readonly PdfOutput _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void A_full_page_ends_at_least_four_millimetres_above_a_footer_lifted_by_a_banner()
    {
        var lines = Enumerable.Range(1, 80).Select(i => (Model.Block)new Model.Paragraph([new Model.Text($"Bodyline{i}")])).ToArray();
        var section = ModelSamples.Of(lines).Sections[0];
        section = section with
        {
            Layout = Model.PageLayout.A4 with { MarginBottomMm = 16, HeaderDistanceMm = 10 },
            Furniture = Model.PageFurniture.Empty with { FooterLeft = [new Model.Text("Footerword")] },
            Metadata = section.Metadata with { Classification = "RESTRICTED" },
        };
        var pdf = _output.Render(ModelSamples.Of() with { Sections = [section], Metadata = section.Metadata });

        var (_, bbox, _) = PdfTools.Run("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-");
        var words = XDocument.Parse(bbox).Descendants().Where(e => e.Name.LocalName == "word").ToList();
        var lowestBody = words.Where(w => w.Value.StartsWith("Bodyline", StringComparison.Ordinal)).Max(w => Number(w, "yMax"));
        var footerTop = Number(words.Single(w => w.Value == "Footerword"), "yMin");
        Assert.True(footerTop - lowestBody >= 4 * 72 / 25.4 - 1, $"the body ends {footerTop - lowestBody:0.0} pt above the footer");
        Assert.Empty(PdfAudit.Problems(pdf));
    }

    private static double Number(XElement word, string name) => double.Parse(word.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
