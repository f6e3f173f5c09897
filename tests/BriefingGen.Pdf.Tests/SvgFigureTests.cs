using System.Text.RegularExpressions;
using BriefingGen.Conformance;
using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Rendering;
using BriefingGen.Testing;
using BriefingGen.Tests.Images;

namespace BriefingGen.Pdf.Tests;

/// <summary>An SVG picture in a PDF is drawn as vector paths, at its size, tagged as a figure, and the file stays valid PDF/A-2a and PDF/UA-1.</summary>
public class SvgFigureTests
{
    private static Document Logo() =>
        ModelSamples.Of(new Figure(ImageLoader.Read(SvgLogos.LogoBytes, ImageLimits.Default), "The test logo", [new Model.Text("Exhibit 1: the logo")]));

    private static string Render(PdfOutput output, PdfStandard standard)
    {
        using var stream = new MemoryStream();
        new PdfRenderer { Standard = standard }.Render(ModelSamples.Input(Logo()), stream);
        var path = Path.Combine(output.Folder, "logo.pdf");
        File.WriteAllBytes(path, stream.ToArray());
        return path;
    }

    [Fact]
    public void The_logo_is_paths_at_its_natural_size_with_no_image_and_its_opacity_as_a_graphics_state()
    {
        using var output = new PdfOutput();
        var pdf = Render(output, PdfStandard.None);
        Assert.Empty(PdfAudit.Problems(pdf));
        Assert.Empty(PictureTools.List(pdf));
        var content = PdfTools.Uncompressed(pdf);
        // 200 × 100 CSS px is 150 × 75 pt: the drawing's pixels scaled by 0.75, y flipped, clipped to its box.
        Assert.Matches(new Regex(@"q\n0\.75 0 0 -0\.75 [\d.]+ [\d.]+ cm\n0 0 200 100 re W n\n"), content);
        // The viewBox halves everything: each shape's own transform.
        Assert.Contains("q 0.5 0 0 0.5 0 0 cm\n1 0 0 rg\n", content, StringComparison.Ordinal);
        Assert.Contains("f* Q", content, StringComparison.Ordinal);
        Assert.Contains("/Op500s1000 gs", content, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"/Op500s1000 <<\s*/CA 1\s*/Type /ExtGState\s*/ca 0\.5\s*>>"), content);
        Assert.Contains("1 J 1 j", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_logo_is_drawn_where_its_shapes_are_with_the_ring_hollow()
    {
        using var output = new PdfOutput();
        var pdf = Render(output, PdfStandard.None);
        var (complaints, pages, _) = PictureTools.Render(pdf, dpi: 96);
        Assert.Equal("", complaints);
        var page = DecodedRows.Of(File.ReadAllBytes(pages[0]));
        // Find the red square: at 96 dpi one CSS pixel is one device pixel, so it is 50 × 50.
        var red = new List<(int X, int Y)>();
        for (var y = 0; y < page.Height; y++)
        {
            for (var x = 0; x < page.Width; x++)
            {
                if (Rgb(page, x, y) == (255, 0, 0))
                {
                    red.Add((x, y));
                }
            }
        }

        var (left, top) = (red.Min(p => p.X), red.Min(p => p.Y));
        Assert.InRange(red.Max(p => p.X) - left + 1, 49, 51);
        Assert.InRange(red.Max(p => p.Y) - top + 1, 49, 51);
        // The ring's centre (125, 50) in the logo is 115, 40 from the square's corner (10, 10): hollow, white.
        Assert.Equal((255, 255, 255), Rgb(page, left + 115, top + 40));
        // Its band, 30 px from the centre, is blue; the half-transparent green bar is light green.
        Assert.Equal((0, 0, 255), Rgb(page, left + 115 + 30, top + 40));
        var (r, g, b) = Rgb(page, left + 150, top + 82);
        Assert.InRange(r, 120, 135);
        Assert.InRange(g, 185, 195);
        Assert.InRange(b, 120, 135);
    }

    [Theory]
    [InlineData(PdfStandard.A2aUa1, "a2a+ua1")]
    [InlineData(PdfStandard.A2b, "a2b")]
    public void A_paper_with_an_svg_logo_meets_the_standards_it_claims(PdfStandard standard, string target)
    {
        using var output = new PdfOutput();
        var pdf = Render(output, standard);
        Assert.Empty(PdfConformanceChecker.Check(pdf, ConformanceTarget.Parse(target)));
        Assert.Empty(PdfAudit.Problems(pdf));
        var content = PdfTools.Uncompressed(pdf);
        Assert.Contains("/Alt (The test logo)", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_logo_gives_the_same_bytes()
    {
        using var first = new PdfOutput();
        using var second = new PdfOutput();
        Assert.Equal(File.ReadAllBytes(Render(first, PdfStandard.A2aUa1)), File.ReadAllBytes(Render(second, PdfStandard.A2aUa1)));
    }

    private static (int R, int G, int B) Rgb(DecodedRows page, int x, int y)
    {
        var row = page.Color[y];
        var at = x * page.Channels;
        return page.Channels >= 3 ? (row[at], row[at + 1], row[at + 2]) : (row[at], row[at], row[at]);
    }
}
