using System.Text;
using BriefingGen.Html.Tests.Support;
using BriefingGen.Images.Svg;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Html.Tests;

/// <summary>An SVG picture in HTML: a page embeds the clean SVG as a data: URI; an e-mail sends its PNG fallback, which mail programs show.</summary>
public class SvgPictureTests
{
    /// <summary>A 120 × 60 px drawing of one red square, built from the public vector model.</summary>
    private static ImageData Square()
    {
        var path = new VectorPath();
        path.MoveTo(10, 10);
        path.LineTo(50, 10);
        path.LineTo(50, 50);
        path.LineTo(10, 50);
        path.Close();
        return ImageData.FromVector(new VectorDrawing(120, 60, [new VectorShape(path, Matrix2D.Identity, new VectorPaint(255, 0, 0, 1), false, null)]));
    }

    private static Document Paper() => ModelSamples.Of(new Figure(Square(), "A red square", null));

    [Fact]
    public void A_page_embeds_the_clean_svg_at_its_size()
    {
        var image = Assert.Single(HtmlOutput.Tags(HtmlOutput.Page(Paper()), "img"));
        var src = HtmlOutput.Attribute(image, "src")!;
        Assert.StartsWith("data:image/svg+xml;base64,", src, StringComparison.Ordinal);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(src["data:image/svg+xml;base64,".Length..]));
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\" viewBox=\"0 0 120 60\">\n<path d=\"M10 10 L50 10 L50 50 L10 50 Z\" fill=\"#FF0000\"/>\n</svg>\n", svg);
        Assert.Equal(("120", "60", "A red square"), (HtmlOutput.Attribute(image, "width"), HtmlOutput.Attribute(image, "height"), HtmlOutput.Attribute(image, "alt")));
    }

    [Fact]
    public void An_email_sends_the_png_fallback_drawn_at_print_resolution()
    {
        var body = HtmlEmailRenderer.Compose(ModelSamples.Input(Paper()));
        var image = Assert.Single(HtmlOutput.Tags(body.Html, "img"));
        var picture = Assert.Single(body.Images);
        Assert.Equal("cid:" + picture.ContentId, HtmlOutput.Attribute(image, "src"));
        Assert.Equal(("120", "60"), (HtmlOutput.Attribute(image, "width"), HtmlOutput.Attribute(image, "height")));
        // 120 CSS px is 1.25 in: 375 pixels at 300 dpi.
        Assert.Equal((ImageFormat.Png, 375, 188), (picture.Image.Format, picture.Image.PixelWidth, picture.Image.PixelHeight));
        Assert.True(picture.Image.Bytes.Span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']));
    }

    [Fact]
    public void Plain_text_gives_the_alternative_text()
    {
        Assert.Contains("A red square", HtmlOutput.Plain(Paper()), StringComparison.Ordinal);
    }
}
