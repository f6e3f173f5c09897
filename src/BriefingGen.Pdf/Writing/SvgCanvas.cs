using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Pdf.Drawing;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The canvas that draws pages as SVG, for a live preview of the paper: the same layout calls that
/// make the PDF, turned into SVG elements in the layout's own coordinates (points, origin at the
/// page's top-left corner). Text is drawn as the outlines of the glyphs HarfBuzz shaped, so the
/// preview has the PDF's fonts, kerning and line breaks without any font being installed where it
/// is viewed. Links, destinations, the outline and structure tags belong to the PDF and are skipped.
/// </summary>
internal sealed class SvgCanvas : ICanvas
{
    private SvgPage? _page;

    /// <summary>Finished pages, in order.</summary>
    public List<SvgPage> Pages { get; } = [];

    private SvgPage Page => _page ?? throw new InvalidOperationException("drawing outside a page");

    /// <inheritdoc />
    public void BeginPage(double width, double height)
    {
        _page = new SvgPage(Pages.Count + 1, width, height);
        Pages.Add(_page);
    }

    /// <inheritdoc />
    public void EndPage() => _page = null;

    /// <inheritdoc />
    public void DrawText(TextDraw text)
    {
        var face = text.Run.Face;
        if (!HasOutline(text))
        {
            // A run of spaces draws nothing; an empty group for it would only make the page larger.
            return;
        }

        var scale = text.Size / face.UnitsPerEm;
        var body = Page.Body;
        // Glyph outlines are in font units with y up: the group's matrix scales them to the size and
        // turns them the right way up; a synthetic italic leans 12 degrees, as the PDF's does.
        (double a, double b, double c, double d) = text.Rotated ? (0.0, -scale, -scale, 0.0) : (scale, 0.0, text.SyntheticItalic ? 0.21 * scale : 0, -scale);
        body.Append("<g fill=\"#").Append(text.Color).Append('"');
        if (text.SyntheticBold)
        {
            body.Append(" stroke=\"#").Append(text.Color).Append("\" stroke-width=\"").Append(Number(Math.Round(text.Size * 0.03, 3) / scale)).Append('"');
        }

        body.Append(" transform=\"matrix(").Append(Number(a, 5)).Append(' ').Append(Number(b, 5)).Append(' ').Append(Number(c, 5)).Append(' ').Append(Number(d, 5))
            .Append(' ').Append(Number(text.X)).Append(' ').Append(Number(text.Baseline)).Append(")\">");
        var spacing = text.LetterSpacing * face.UnitsPerEm / text.Size;
        var pen = 0.0;
        var glyphs = text.Run.Glyphs;
        for (var g = text.GlyphStart; g < text.GlyphStart + text.GlyphCount; g++)
        {
            var glyph = glyphs[g];
            if (Fonts.GlyphOutlines.Of(face, glyph.Glyph).Length > 0)
            {
                body.Append("<use href=\"#").Append(Page.GlyphId(face, glyph.Glyph)).Append("\" x=\"").Append(Number(pen + glyph.OffsetX, 0)).Append('"');
                if (glyph.OffsetY != 0)
                {
                    body.Append(" y=\"").Append(Number(glyph.OffsetY, 0)).Append('"');
                }

                body.Append("/>");
            }

            pen += glyph.Advance + spacing;
        }

        body.Append("</g>\n");
    }

    /// <summary>Whether any glyph of <paramref name="text"/> has an outline to draw.</summary>
    private static bool HasOutline(TextDraw text)
    {
        var glyphs = text.Run.Glyphs;
        for (var g = text.GlyphStart; g < text.GlyphStart + text.GlyphCount; g++)
        {
            if (Fonts.GlyphOutlines.Of(text.Run.Face, glyphs[g].Glyph).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public void FillRectangle(double x, double y, double width, double height, string color) =>
        Page.Body.Append("<rect x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append("\" width=\"").Append(Number(width))
            .Append("\" height=\"").Append(Number(height)).Append("\" fill=\"#").Append(color).Append("\"/>\n");

    /// <inheritdoc />
    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, string color) =>
        Page.Body.Append("<line x1=\"").Append(Number(x1)).Append("\" y1=\"").Append(Number(y1)).Append("\" x2=\"").Append(Number(x2)).Append("\" y2=\"").Append(Number(y2))
            .Append("\" stroke=\"#").Append(color).Append("\" stroke-width=\"").Append(Number(lineWidth)).Append("\"/>\n");

    /// <inheritdoc />
    public void DrawPath(PathData path, PathStyle style, bool decorative = true)
    {
        if (style.Fill is null && style.Stroke is null)
        {
            return;
        }

        var body = Page.Body.Append("<path d=\"");
        foreach (var segment in path.Segments)
        {
            body.Append(segment.Verb switch { PathVerb.MoveTo => 'M', PathVerb.LineTo => 'L', PathVerb.CurveTo => 'C', _ => 'Z' });
            for (var i = 0; i < segment.Points.Count; i++)
            {
                body.Append(i > 0 ? " " : "").Append(Number(segment.Points[i]));
            }
        }

        body.Append("\" fill=\"").Append(style.Fill is { } fill ? "#" + fill : "none").Append('"');
        if (style.Stroke is { } stroke)
        {
            body.Append(" stroke=\"#").Append(stroke).Append("\" stroke-width=\"").Append(Number(style.StrokeWidth)).Append('"');
            if (style.Dash is { Count: > 0 } dash)
            {
                body.Append(" stroke-dasharray=\"").Append(string.Join(' ', dash.Select(n => Number(n)))).Append('"');
            }
        }

        body.Append("/>\n");
    }

    /// <inheritdoc />
    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
        var type = image.MediaType;
        Page.Body.Append("<image x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height))
            .Append("\" preserveAspectRatio=\"none\" href=\"data:").Append(type).Append(";base64,").Append(Convert.ToBase64String(image.Bytes.Span)).Append("\"/>\n");
    }

    /// <inheritdoc />
    public void AddLink(double x, double y, double width, double height, string target, string description, StructureNode? tag = null)
    {
    }

    /// <inheritdoc />
    public void AddDestination(string name, double y)
    {
    }

    /// <inheritdoc />
    public void AddOutlineEntry(int level, string title, string destination)
    {
    }

    /// <inheritdoc />
    public void BeginTag(StructureNode node)
    {
    }

    /// <inheritdoc />
    public void EndTag()
    {
    }

    /// <inheritdoc />
    public void BeginArtifact()
    {
    }

    /// <inheritdoc />
    public void EndArtifact()
    {
    }

    private static string Number(double value, int decimals = 2)
    {
        var rounded = Math.Round(value, decimals);
        return (rounded == 0 ? 0 : rounded).ToString(CultureInfo.InvariantCulture);
    }
}
