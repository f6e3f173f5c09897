using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Testing;
using BriefingGen.Tests.Images;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using Svg2019 = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace BriefingGen.Word.Tests;

/// <summary>An SVG picture goes into Word as Word itself puts it: a PNG fallback in the blip, the SVG in its svgBlip extension.</summary>
public class SvgPictureTests
{
    private static byte[] Logo(double? height = null) => WordOutput.Render(ModelSamples.Of(
        new Figure(ImageLoader.Read(SvgLogos.LogoBytes, ImageLimits.Default), "The test logo", [new Model.Text("Exhibit 1: the logo")]) { Height = height }));

    [Fact]
    public void The_blip_names_a_png_fallback_and_its_extension_the_svg_part_and_the_file_is_valid()
    {
        var docx = Logo();
        Assert.Empty(WordOutput.ValidationErrors(docx));
        using var document = WordOutput.Open(docx);
        var main = document.MainDocumentPart!;
        var blip = main.Document.Descendants<A.Blip>().Single();
        var extension = blip.Descendants<A.BlipExtension>().Single();
        Assert.Equal("{96DAC541-7B7A-43D3-8B79-37D633B846F1}", extension.Uri);
        var svgBlip = extension.GetFirstChild<Svg2019.SVGBlip>()!;
        Assert.Equal("http://schemas.microsoft.com/office/drawing/2016/SVG/main", svgBlip.NamespaceUri);

        var png = (ImagePart)main.GetPartById(blip.Embed!);
        var svg = (ImagePart)main.GetPartById(svgBlip.Embed!);
        Assert.Equal("image/png", png.ContentType);
        Assert.Equal("image/svg+xml", svg.ContentType);
        using var svgStream = svg.GetStream();
        var svgBytes = new byte[svgStream.Length];
        svgStream.ReadExactly(svgBytes);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\"", System.Text.Encoding.UTF8.GetString(svgBytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_fallback_is_drawn_at_300_dpi_for_its_shown_size_with_the_logos_colours()
    {
        // 150 pt high: 2.0833 in, so 625 pixels high and 1250 across.
        using var document = WordOutput.Open(Logo(height: 150));
        var main = document.MainDocumentPart!;
        var extent = main.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        Assert.Equal((150 * 12700L * 2, 150 * 12700L), (extent.Cx!.Value, extent.Cy!.Value));
        var png = (ImagePart)main.GetPartById(main.Document.Descendants<A.Blip>().Single().Embed!);
        using var stream = png.GetStream();
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var rows = DecodedRows.Of(bytes);
        Assert.Equal((1250, 625, 3, true), (rows.Width, rows.Height, rows.Channels, rows.HasAlpha));
        var scale = 1250 / 200.0; // fallback pixels to a logo pixel
        (int R, int G, int B, int A) At(double x, double y)
        {
            var (px, py) = ((int)(x * scale), (int)(y * scale));
            var c = rows.Color[py];
            return (c[px * 3], c[(px * 3) + 1], c[(px * 3) + 2], rows.Alpha[py][px]);
        }

        Assert.Equal((255, 0, 0, 255), At(35, 35)); // the red square
        Assert.Equal(0, At(125, 50).A); // the ring's hole is transparent
        Assert.Equal((0, 0, 255, 255), At(155, 50)); // the ring
        Assert.Equal((0, 128, 0, 128), At(190, 95)); // the half-transparent bar
        Assert.Equal(0, At(190, 5).A); // nothing drawn
    }
}
