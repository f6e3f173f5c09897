using System.Globalization;
using System.Xml.Linq;
using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>The pages as SVG: the PDF's own layout drawn onto an SVG canvas, for the workspace's preview.</summary>
public sealed class SvgPageTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_pages_are_the_pdfs_pages_each_standing_alone_with_its_glyphs()
    {
        var (svg, pdf) = Render(RepositoryPaths.PolicyBriefPack, RepositoryPaths.Sample);
        var pages = Pages(svg);

        Assert.Equal(int.Parse(PdfTools.Info(pdf)["Pages"], CultureInfo.InvariantCulture), pages.Count);
        Assert.Equal(pages.Count.ToString(CultureInfo.InvariantCulture), (string?)XDocument.Parse(svg).Root!.Attribute("data-pages"));
        foreach (var page in pages)
        {
            var defined = page.Descendants(Svg + "defs").Elements(Svg + "path").Select(p => "#" + (string)p.Attribute("id")!).ToHashSet();
            var used = page.Descendants(Svg + "use").Select(u => (string)u.Attribute("href")!).ToList();
            Assert.NotEmpty(used);
            Assert.All(used, id => Assert.Contains(id, defined));
            Assert.All(defined, id => Assert.StartsWith($"#p{((string)page.Attribute("id")!)["page-".Length..]}f", id, StringComparison.Ordinal));
            Assert.All(page.Descendants(Svg + "defs").Elements(Svg + "path"), p => Assert.Matches("^M", (string)p.Attribute("d")!));
            Assert.All(page.Elements(Svg + "g"), g => Assert.True(g.HasElements, $"an empty group on {(string?)page.Attribute("id")}: {g}"));
        }
    }

    [Fact]
    public void Pages_carry_the_numbers_their_sections_print_and_their_own_size()
    {
        _folder.Write("pack/template.yaml", "name: sections\nmain: main.sbn\nmetadata:\n  title: Sections\n");
        _folder.Write("pack/main.sbn", "# Main\n\nText.\n\n{{ section { orientation: \"landscape\", numbering: \"restart\", format: \"i\" } }}\n# Annex\n\nMore text.\n");
        var data = _folder.Write("data.yaml", "x: 1\n");

        var pages = Pages(Render(Path.Combine(_folder.Path, "pack"), data).Svg);

        Assert.Equal(["1", "i"], pages.Select(p => (string?)p.Attribute("data-label")));
        var sizes = pages.Select(p => (Width: double.Parse((string)p.Attribute("width")!, CultureInfo.InvariantCulture), Height: double.Parse((string)p.Attribute("height")!, CultureInfo.InvariantCulture))).ToList();
        Assert.True(sizes[0].Height > sizes[0].Width);
        Assert.True(sizes[1].Width > sizes[1].Height);
    }

    [Fact]
    public void The_same_paper_gives_the_same_svg_and_the_pdf_is_unchanged_by_it()
    {
        var engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new PdfRenderer());
        var pdf = new PdfRenderer();
        var both = TestEngines.Load(RepositoryPaths.PolicyBriefPack, pdf, new SvgPageRenderer(pdf));

        var first = both.Render(DataSource.FromFile(RepositoryPaths.Sample), "svg", "pdf");
        var second = both.Render(DataSource.FromFile(RepositoryPaths.Sample), "svg");
        var alone = engine.Render(DataSource.FromFile(RepositoryPaths.Sample), "pdf");

        Assert.Equal(first.Outputs[0].Bytes.ToArray(), second.Outputs[0].Bytes.ToArray());
        Assert.Equal(alone.Outputs[0].Bytes.ToArray(), first.Outputs[1].Bytes.ToArray());
    }

    private (string Svg, string Pdf) Render(string pack, string data)
    {
        var pdf = new PdfRenderer();
        var result = TestEngines.Load(pack, pdf, new SvgPageRenderer(pdf)).Render(DataSource.FromFile(data), "svg", "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, result.Outputs[1].Bytes.ToArray());
        return (System.Text.Encoding.UTF8.GetString(result.Outputs[0].Bytes.Span), path);
    }

    private static List<XElement> Pages(string svg) =>
        XDocument.Parse(svg).Root!.Elements(Svg + "svg").Where(e => (string?)e.Attribute("class") == "page").ToList();
}
