using BriefingGen.Images.Svg;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes an SVG picture's shapes as content-stream path operators (ISO 32000-1 §8.5): the picture
/// placed in its rectangle and clipped to it, then each shape inside its own q … Q with its
/// transform, colours, stroke parameters and, where it is see-through, an opacity graphics state
/// (<see cref="PdfOpacity"/>). The fill rule picks f or f*, B or B*. Numbers keep six decimals, not
/// the page's usual three: a viewBox may scale by 0.0123, and rounding that would move whole shapes. Everything is set inside
/// q … Q, so the page's graphics state is as it was afterwards.
/// </summary>
internal static class VectorContent
{
    /// <summary>Appends <paramref name="operation"/>'s operators to <paramref name="output"/>.</summary>
    public static void Write(ContentBuffer output, VectorOperation operation)
    {
        var drawing = operation.Drawing;
        var (sx, sy) = (operation.Width / drawing.Width, operation.Height / drawing.Height);
        // SVG's y runs down from the top: flip it into PDF's upward y at the rectangle's top.
        output.Raw("q\n").Precise(sx).Raw(" 0 0 ").Precise(-sy).Raw(' ').Precise(operation.X).Raw(' ').Precise(operation.Y + operation.Height).Raw(" cm\n");
        output.Raw("0 0 ").Precise(drawing.Width).Raw(' ').Precise(drawing.Height).Raw(" re W n\n");
        foreach (var shape in drawing.Shapes)
        {
            Shape(output, shape);
        }

        output.Raw("Q\n");
    }

    /// <summary>The opacity dictionaries <paramref name="drawing"/> needs, by <see cref="PdfOpacity.Key"/>.</summary>
    public static IEnumerable<(int Fill, int Stroke)> Opacities(VectorDrawing drawing) =>
        drawing.Shapes.Where(Translucent).Select(s => PdfOpacity.Key(s.Fill?.Alpha ?? 1, s.Stroke?.Paint.Alpha ?? 1));

    private static bool Translucent(VectorShape shape) => shape.Fill is { Alpha: < 1 } || shape.Stroke is { Paint.Alpha: < 1 };

    private static void Shape(ContentBuffer output, VectorShape shape)
    {
        var t = shape.Transform;
        output.Raw("q ").Precise(t.A).Raw(' ').Precise(t.B).Raw(' ').Precise(t.C).Raw(' ').Precise(t.D).Raw(' ').Precise(t.E).Raw(' ').Precise(t.F).Raw(" cm\n");
        if (Translucent(shape))
        {
            output.Raw('/').Raw(PdfOpacity.Name(PdfOpacity.Key(shape.Fill?.Alpha ?? 1, shape.Stroke?.Paint.Alpha ?? 1))).Raw(" gs\n");
        }

        if (shape.Fill is { } fill)
        {
            Color(output, fill).Raw(" rg\n");
        }

        if (shape.Stroke is { } stroke)
        {
            Color(output, stroke.Paint).Raw(" RG ").Precise(stroke.Width).Raw(" w ").Number((int)stroke.Cap).Raw(" J ").Number((int)stroke.Join).Raw(" j ")
                .Precise(stroke.MiterLimit).Raw(" M\n");
        }

        foreach (var s in shape.Path.Segments)
        {
            _ = s.Verb switch
            {
                VectorVerb.MoveTo => output.Precise(s.X).Raw(' ').Precise(s.Y).Raw(" m\n"),
                VectorVerb.LineTo => output.Precise(s.X).Raw(' ').Precise(s.Y).Raw(" l\n"),
                VectorVerb.CubicTo => output.Precise(s.X1).Raw(' ').Precise(s.Y1).Raw(' ').Precise(s.X2).Raw(' ').Precise(s.Y2).Raw(' ').Precise(s.X).Raw(' ').Precise(s.Y).Raw(" c\n"),
                _ => output.Raw("h\n"),
            };
        }

        var paint = (shape.Fill is not null, shape.Stroke is not null) switch
        {
            (true, true) => shape.EvenOdd ? "B*" : "B",
            (true, false) => shape.EvenOdd ? "f*" : "f",
            _ => "S",
        };
        output.Raw(paint).Raw(" Q\n");
    }

    private static ContentBuffer Color(ContentBuffer output, VectorPaint paint) =>
        output.Precise(paint.R / 255.0).Raw(' ').Precise(paint.G / 255.0).Raw(' ').Precise(paint.B / 255.0);
}
