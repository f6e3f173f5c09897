using System.Globalization;
using System.Text;

namespace BriefingGen.Images.Svg;

/// <summary>
/// Writes a <see cref="VectorDrawing"/> back as a small, clean SVG file: only paths with their
/// transform, fill and stroke, nothing of the original's metadata, ids or editor attributes. This is
/// the SVG that Word's picture part and HTML pages embed, so every output shows exactly what the
/// reader understood, and nothing it did not (a script, a reference) can travel on inside the file.
/// </summary>
internal static class SvgWriter
{
    /// <summary>The UTF-8 bytes of the SVG file for <paramref name="drawing"/>.</summary>
    public static byte[] Write(VectorDrawing drawing)
    {
        var svg = new StringBuilder();
        var (width, height) = (N(drawing.Width), N(drawing.Height));
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\">\n");
        foreach (var shape in drawing.Shapes)
        {
            AppendShape(svg, shape);
        }

        svg.Append("</svg>\n");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }

    /// <summary>Appends one <c>path</c> element for <paramref name="shape"/>.</summary>
    public static void AppendShape(StringBuilder svg, VectorShape shape)
    {
        svg.Append("<path d=\"").Append(PathData(shape.Path)).Append('"');
        var t = shape.Transform;
        if (t != Matrix2D.Identity)
        {
            svg.Append(" transform=\"matrix(").Append(N(t.A)).Append(' ').Append(N(t.B)).Append(' ').Append(N(t.C)).Append(' ')
                .Append(N(t.D)).Append(' ').Append(N(t.E)).Append(' ').Append(N(t.F)).Append(")\"");
        }

        if (shape.Fill is { } fill)
        {
            svg.Append(" fill=\"#").Append(fill.Hex).Append('"');
            if (fill.Alpha < 1)
            {
                svg.Append(" fill-opacity=\"").Append(N(fill.Alpha)).Append('"');
            }

            if (shape.EvenOdd)
            {
                svg.Append(" fill-rule=\"evenodd\"");
            }
        }
        else
        {
            svg.Append(" fill=\"none\"");
        }

        if (shape.Stroke is { } stroke)
        {
            svg.Append(" stroke=\"#").Append(stroke.Paint.Hex).Append("\" stroke-width=\"").Append(N(stroke.Width)).Append('"');
            if (stroke.Paint.Alpha < 1)
            {
                svg.Append(" stroke-opacity=\"").Append(N(stroke.Paint.Alpha)).Append('"');
            }

            if (stroke.Cap != StrokeLineCap.Butt)
            {
                svg.Append(" stroke-linecap=\"").Append(stroke.Cap == StrokeLineCap.Round ? "round" : "square").Append('"');
            }

            if (stroke.Join != StrokeLineJoin.Miter)
            {
                svg.Append(" stroke-linejoin=\"").Append(stroke.Join == StrokeLineJoin.Round ? "round" : "bevel").Append('"');
            }

            if (stroke.MiterLimit != 4)
            {
                svg.Append(" stroke-miterlimit=\"").Append(N(stroke.MiterLimit)).Append('"');
            }
        }

        svg.Append("/>\n");
    }

    private static string PathData(VectorPath path)
    {
        var d = new StringBuilder();
        foreach (var s in path.Segments)
        {
            if (d.Length > 0)
            {
                d.Append(' ');
            }

            _ = s.Verb switch
            {
                VectorVerb.MoveTo => d.Append('M').Append(N(s.X)).Append(' ').Append(N(s.Y)),
                VectorVerb.LineTo => d.Append('L').Append(N(s.X)).Append(' ').Append(N(s.Y)),
                VectorVerb.CubicTo => d.Append('C').Append(N(s.X1)).Append(' ').Append(N(s.Y1)).Append(' ').Append(N(s.X2)).Append(' ')
                    .Append(N(s.Y2)).Append(' ').Append(N(s.X)).Append(' ').Append(N(s.Y)),
                _ => d.Append('Z'),
            };
        }

        return d.ToString();
    }

    /// <summary>A number with at most four decimals, invariant: the same drawing always writes the same text.</summary>
    private static string N(double value)
    {
        var rounded = Math.Round(value, 4);
        return (rounded == 0 ? 0 : rounded).ToString("0.####", CultureInfo.InvariantCulture);
    }
}
