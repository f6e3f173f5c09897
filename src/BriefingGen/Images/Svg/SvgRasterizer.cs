namespace BriefingGen.Images.Svg;

/// <summary>
/// Paints a <see cref="VectorDrawing"/> into pixels: each shape's fill and then its stroke, in
/// order, blended over what is below by their coverage and opacity (source-over, on premultiplied
/// colour). This is what Word's PNG fallback for an SVG picture is made from, so programs that
/// cannot show SVG still show the same picture.
/// </summary>
internal static class SvgRasterizer
{
    /// <summary>How far a flattened curve may stray from the true one, in pixels.</summary>
    private const double Tolerance = 0.2;

    /// <summary>The drawing at <paramref name="width"/> × <paramref name="height"/> pixels, as 8-bit RGBA rows, top to bottom, not premultiplied.</summary>
    public static byte[] Render(VectorDrawing drawing, int width, int height)
    {
        var premultiplied = new float[(long)width * height * 4];
        var toPixels = Matrix2D.Scale(width / drawing.Width, height / drawing.Height);
        var rasterizer = new CoverageRasterizer(width, height);
        foreach (var shape in drawing.Shapes)
        {
            var transform = toPixels.Times(shape.Transform);
            if (shape.Fill is { } fill)
            {
                foreach (var (points, _) in PathFlattener.Flatten(shape.Path, transform, Tolerance, (width, height)))
                {
                    rasterizer.AddPolygon(points);
                }

                rasterizer.Fill(shape.EvenOdd, (y, cover) => Blend(premultiplied, width, y, cover, fill));
            }

            if (shape.Stroke is { } stroke)
            {
                var unitsPerPixel = 1 / Math.Max(transform.MeanScale, 1e-12);
                var outlines = PathFlattener.Flatten(shape.Path, Matrix2D.Identity, Tolerance * unitsPerPixel, null);
                foreach (var polygon in StrokeOutline.Polygons(outlines, stroke, unitsPerPixel))
                {
                    rasterizer.AddPolygon([.. polygon.Select(p => transform.Apply(p.X, p.Y))]);
                }

                rasterizer.Fill(evenOdd: false, (y, cover) => Blend(premultiplied, width, y, cover, stroke.Paint));
            }
        }

        var rgba = new byte[premultiplied.Length];
        for (var i = 0; i < premultiplied.Length; i += 4)
        {
            var alpha = premultiplied[i + 3];
            if (alpha <= 0)
            {
                continue;
            }

            for (var c = 0; c < 3; c++)
            {
                rgba[i + c] = (byte)Math.Clamp(Math.Round(premultiplied[i + c] / alpha * 255), 0, 255);
            }

            rgba[i + 3] = (byte)Math.Clamp(Math.Round(alpha * 255), 0, 255);
        }

        return rgba;
    }

    private static void Blend(float[] pixels, int width, int y, float[] cover, VectorPaint paint)
    {
        var (r, g, b) = (paint.R / 255f, paint.G / 255f, paint.B / 255f);
        var opacity = (float)paint.Alpha;
        var at = (long)y * width * 4;
        for (var x = 0; x < width; x++, at += 4)
        {
            var a = cover[x] * opacity;
            if (a <= 0)
            {
                continue;
            }

            var keep = 1 - a;
            pixels[at] = (r * a) + (pixels[at] * keep);
            pixels[at + 1] = (g * a) + (pixels[at + 1] * keep);
            pixels[at + 2] = (b * a) + (pixels[at + 2] * keep);
            pixels[at + 3] = a + (pixels[at + 3] * keep);
        }
    }
}
