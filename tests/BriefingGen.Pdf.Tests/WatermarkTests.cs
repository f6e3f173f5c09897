using System.Xml.Linq;
using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>The status watermark: on every page of every section while the paper is not final, never in its text.</summary>
public sealed class WatermarkTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string Pale = "#ABCDEF";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_draft_carries_the_watermark_on_every_page_of_every_section()
    {
        var (svg, pdf) = Render("draft");

        var pages = Pages(svg);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Contains(page.Descendants(Svg + "path"), p => (string?)p.Attribute("fill") == Pale));
        Assert.DoesNotContain("DRAFT", PdfTools.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void A_final_paper_has_no_watermark()
    {
        var pages = Pages(Render("final").Svg);

        Assert.All(pages, page => Assert.DoesNotContain(page.Descendants(Svg + "path"), p => (string?)p.Attribute("fill") == Pale));
    }

    [Fact]
    public void The_word_runs_up_the_diagonal_through_the_middle_of_the_page()
    {
        var page = Pages(Render("draft").Svg)[0];
        var width = double.Parse((string)page.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse((string)page.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture);
        var points = page.Descendants(Svg + "path").Where(p => (string?)p.Attribute("fill") == Pale)
            .SelectMany(p => Numbers((string)p.Attribute("d")!)).ToList();
        var xs = points.Where((_, i) => i % 2 == 0).ToList();
        var ys = points.Where((_, i) => i % 2 == 1).ToList();

        Assert.InRange((xs.Min() + xs.Max()) / 2, width * 0.45, width * 0.55);
        Assert.InRange((ys.Min() + ys.Max()) / 2, height * 0.45, height * 0.55);
        Assert.True(xs.Max() - xs.Min() > width / 3, "the word spans a good part of the page");

        // Up the diagonal: the leftmost point of the word lies lower on the page than its rightmost.
        var left = points.Select((v, i) => (v, i)).Where(p => p.i % 2 == 0).MinBy(p => p.v).i;
        var right = points.Select((v, i) => (v, i)).Where(p => p.i % 2 == 0).MaxBy(p => p.v).i;
        Assert.True(points[left + 1] > points[right + 1]);
    }

    private static IEnumerable<double> Numbers(string d) =>
        d.Split([' ', ',', 'M', 'L', 'C', 'Z', 'Q', 'H', 'V'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture));

    private (string Svg, string Pdf) Render(string status)
    {
        _folder.Write("pack/template.yaml", """
            name: watermarked
            main: main.sbn
            metadata:
              title: Watermarked
              watermark: "{{ if data.status != 'final' }}Draft{{ end }}"
            """);
        _folder.Write("pack/theme.yaml", $"colors:\n  watermark: {Pale[1..]}\n");
        _folder.Write("pack/main.sbn", "# Main\n\nText.\n\n{{ page_break }}\n\nMore text.\n\n{{ section { orientation: \"landscape\", numbering: \"restart\", format: \"i\" } }}\n# Annex\n\nMore text.\n");
        var data = _folder.Write($"{status}.yaml", $"status: {status}\n");
        var pdf = new PdfRenderer();
        var result = TestEngines.Load(Path.Combine(_folder.Path, "pack"), pdf, new SvgPageRenderer(pdf)).Render(DataSource.FromFile(data), "svg", "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(_folder.Path, status + ".pdf");
        File.WriteAllBytes(path, result.Outputs[1].Bytes.ToArray());
        return (System.Text.Encoding.UTF8.GetString(result.Outputs[0].Bytes.Span), path);
    }

    private static List<XElement> Pages(string svg) =>
        XDocument.Parse(svg).Root!.Elements(Svg + "svg").Where(e => (string?)e.Attribute("class") == "page").ToList();
}
