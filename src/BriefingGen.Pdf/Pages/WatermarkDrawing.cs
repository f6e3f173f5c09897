using BriefingGen.Pdf.Drawing;
using BriefingGen.Pdf.Fonts;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Pages;

/// <summary>
/// The status watermark (DRAFT, FOR DISCUSSION) drawn large, pale and diagonal across a page,
/// under the content. It is drawn as the glyphs' outlines rather than as text: text extraction,
/// search and screen readers then read the paper without the word breaking into its sentences,
/// while the shape still prints the font's own letters. Drawn inside the page's artifact, as
/// furniture is.
/// </summary>
internal static class WatermarkDrawing
{
    /// <summary>How much of the page's diagonal the word spans.</summary>
    private const double DiagonalShare = 0.62;

    /// <summary>The largest size, in points, so a short word does not swell to fill the page.</summary>
    private const double MaximumSize = 150;

    /// <summary>Draws <paramref name="text"/> across a page of <paramref name="page"/> size.</summary>
    public static void Draw(Writing.ICanvas canvas, string text, Layout.Size page, PdfRenderContext context)
    {
        var style = context.Styles.ForRole(StyleRoles.Title) with { Bold = true, Color = context.Sheet.Colors.Watermark };
        var runs = context.Layouter.Fonts.Shape(Typography.CultureCasing.Of(context.Document.Metadata.Language).ToUpper(text), style);
        var unitsWide = runs.Sum(r => (double)r.Advance / r.Face.UnitsPerEm);
        if (unitsWide <= 0)
        {
            return;
        }

        var diagonal = Math.Sqrt((page.Width * page.Width) + (page.Height * page.Height));
        var size = Math.Min(MaximumSize, diagonal * DiagonalShare / unitsWide);
        var angle = -Math.Atan2(page.Height, page.Width);
        var placement = new Placement(page.Width / 2, page.Height / 2, Math.Cos(angle), Math.Sin(angle));

        var path = new PathData();
        var pen = -unitsWide * size / 2;
        foreach (var run in runs)
        {
            var scale = size / run.Face.UnitsPerEm;
            var rise = run.Face.CapHeight * scale / 2;
            foreach (var glyph in run.Glyphs)
            {
                var x = pen + (glyph.OffsetX * scale);
                var y = glyph.OffsetY * scale;
                GlyphPath.Append(path, GlyphOutlines.Of(run.Face, glyph.Glyph), (u, v) => placement.Apply(x + (u * scale), rise - y - (v * scale)));
                pen += glyph.Advance * scale;
            }
        }

        canvas.DrawPath(path, new PathStyle(style.Color));
    }

    /// <summary>Turns the word's own coordinates (origin at its centre) into page coordinates.</summary>
    private readonly record struct Placement(double CentreX, double CentreY, double Cos, double Sin)
    {
        public (double X, double Y) Apply(double x, double y) => (CentreX + (x * Cos) - (y * Sin), CentreY + (x * Sin) + (y * Cos));
    }
}
