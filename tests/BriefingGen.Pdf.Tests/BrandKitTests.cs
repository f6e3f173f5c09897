using System.Text.RegularExpressions;
using BriefingGen.Engine;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// The client report as a PDF wears the brand kit it is given: the kit's heading colour and fonts
/// (harbour's serif from its own fonts/ folder), and its mark in the running header of every page
/// but the cover's, drawn as an artifact.
/// </summary>
public sealed class BrandKitTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string? _pack;

    public void Dispose() => _folder.Dispose();

    private string Render(string kit, string name)
    {
        _pack ??= BrandKits.ReportPack(_folder);
        var pack = _pack;
        var result = BriefingEngine.Load(pack, TestEngines.Options(new PdfRenderer()) with { BrandDirectory = BrandKits.Folder(kit) })
            .Render(DataSource.FromFile(BrandKits.ClientReport), "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(_folder.Path, name + ".pdf");
        File.WriteAllBytes(path, result.Outputs.Single().Bytes.ToArray());
        return path;
    }

    private static string Rgb(string hex) =>
        string.Join(' ', Enumerable.Range(0, 3).Select(i => Math.Round(Convert.ToInt32(hex.Substring(i * 2, 2), 16) / 255.0, 3).ToString(System.Globalization.CultureInfo.InvariantCulture))) + " rg";

    [Fact]
    public void The_two_kits_give_the_report_different_colours_and_fonts_in_sound_files()
    {
        var harbour = Render("harbour", "harbour");
        var ember = Render("ember", "ember");

        Assert.Empty(PdfAudit.Problems(harbour));
        Assert.Empty(PdfAudit.Problems(ember));
        var harbourFonts = PdfAudit.Fonts(harbour).Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).ToList();
        var emberFonts = PdfAudit.Fonts(ember).Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).ToList();
        Assert.Contains("LiberationSerif-Bold", harbourFonts);
        Assert.DoesNotContain(emberFonts, f => f.StartsWith("LiberationSerif", StringComparison.Ordinal));
        Assert.All(emberFonts, f => Assert.StartsWith("LiberationSans", f, StringComparison.Ordinal));

        var harbourContent = PdfTools.Uncompressed(harbour);
        var emberContent = PdfTools.Uncompressed(ember);
        Assert.Contains(Rgb("14284B"), harbourContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Rgb("B3261E"), harbourContent, StringComparison.Ordinal);
        Assert.Contains(Rgb("B3261E"), emberContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Rgb("14284B"), emberContent, StringComparison.Ordinal);
        // The same report, only its look differs.
        Assert.All(new[] { harbour, ember }, pdf => Assert.Contains("Traffic is growing and changing", PdfTools.Text(pdf), StringComparison.Ordinal));
    }

    [Fact]
    public void The_mark_is_drawn_as_an_artifact_on_every_page_but_the_cover()
    {
        var pdf = Render("harbour", "logo");

        // pdfimages -list: page, num, type, width, height, …, object id; the mark is 120 × 120 pixels.
        var images = PictureTools.List(pdf);
        var pages = int.Parse(PdfTools.Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        var marks = images.Where(row => row[3] == "120" && row[4] == "120").ToList();
        Assert.Equal(Enumerable.Range(2, pages - 1).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)), marks.Select(row => row[0]));
        Assert.Single(marks.Select(row => row[10]).Distinct()); // one picture object, drawn on every page

        // 8 mm high and as wide, each time inside an /Artifact sequence with no tag opened in it.
        var content = PdfTools.Uncompressed(pdf);
        var size = "22.677 0 0 22.677";
        Assert.Equal(pages - 1, Regex.Matches(content, Regex.Escape(size) + @" [\d.]+ [\d.]+ cm /Im\d+ Do").Count);
        Assert.Equal(pages - 1, Regex.Matches(content, @"/Artifact BMC(?:(?!EMC|BDC).)*?" + Regex.Escape(size), RegexOptions.Singleline).Count);
    }
}
