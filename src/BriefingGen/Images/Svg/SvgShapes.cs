namespace BriefingGen.Images.Svg;

/// <summary>
/// The outlines of SVG's basic shapes (SVG 1.1 §9) and of <c>path</c>, as <see cref="VectorPath"/>s
/// in the element's own coordinates. A shape with a zero size draws nothing (§9.2–9.4), so it
/// comes back null; a negative size is an error.
/// </summary>
internal static class SvgShapes
{
    /// <summary>How far a cubic's control points lie along the tangents to draw a quarter ellipse.</summary>
    private const double Kappa = 0.5522847498;

    /// <summary>True for the element names this class draws.</summary>
    public static bool IsShape(string name) => name is "path" or "rect" or "circle" or "ellipse" or "line" or "polyline" or "polygon";

    /// <summary>The outline of <paramref name="element"/>, or null when it draws nothing.</summary>
    /// <exception cref="UnusableImageException">An attribute is missing its value or breaks the grammar.</exception>
    public static VectorPath? Outline(SvgElement element, SvgBudget budget) => element.Name switch
    {
        "path" => element["d"] is { } d ? SvgPathData.Read(element, d, budget) : null,
        "rect" => Rect(element),
        "circle" => Ellipse(element, Size(element, "r"), Size(element, "r")),
        "ellipse" => Ellipse(element, Size(element, "rx"), Size(element, "ry")),
        "line" => Line(element),
        "polyline" => Points(element, close: false, budget),
        "polygon" => Points(element, close: true, budget),
        _ => null,
    };

    private static VectorPath? Rect(SvgElement element)
    {
        var (x, y) = (SvgLength.Read(element, "x", 0), SvgLength.Read(element, "y", 0));
        var (width, height) = (Size(element, "width"), Size(element, "height"));
        if (width == 0 || height == 0)
        {
            return null;
        }

        // §9.2: a missing radius takes the other's value; both stop at half the side.
        double? rxGiven = element["rx"] is not null ? Size(element, "rx") : null;
        double? ryGiven = element["ry"] is not null ? Size(element, "ry") : null;
        var rx = Math.Min(rxGiven ?? ryGiven ?? 0, width / 2);
        var ry = Math.Min(ryGiven ?? rxGiven ?? 0, height / 2);
        var path = new VectorPath();
        if (rx == 0 || ry == 0)
        {
            path.MoveTo(x, y);
            path.LineTo(x + width, y);
            path.LineTo(x + width, y + height);
            path.LineTo(x, y + height);
            path.Close();
            return path;
        }

        var (kx, ky) = (rx * Kappa, ry * Kappa);
        var (right, bottom) = (x + width, y + height);
        path.MoveTo(x + rx, y);
        path.LineTo(right - rx, y);
        path.CubicTo(right - rx + kx, y, right, y + ry - ky, right, y + ry);
        path.LineTo(right, bottom - ry);
        path.CubicTo(right, bottom - ry + ky, right - rx + kx, bottom, right - rx, bottom);
        path.LineTo(x + rx, bottom);
        path.CubicTo(x + rx - kx, bottom, x, bottom - ry + ky, x, bottom - ry);
        path.LineTo(x, y + ry);
        path.CubicTo(x, y + ry - ky, x + rx - kx, y, x + rx, y);
        path.Close();
        return path;
    }

    private static VectorPath? Ellipse(SvgElement element, double rx, double ry)
    {
        if (rx == 0 || ry == 0)
        {
            return null;
        }

        var (cx, cy) = (SvgLength.Read(element, "cx", 0), SvgLength.Read(element, "cy", 0));
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        var path = new VectorPath();
        path.MoveTo(cx + rx, cy);
        path.CubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        path.CubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        path.CubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        path.CubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        path.Close();
        return path;
    }

    private static VectorPath Line(SvgElement element)
    {
        var path = new VectorPath();
        path.MoveTo(SvgLength.Read(element, "x1", 0), SvgLength.Read(element, "y1", 0));
        path.LineTo(SvgLength.Read(element, "x2", 0), SvgLength.Read(element, "y2", 0));
        return path;
    }

    private static VectorPath? Points(SvgElement element, bool close, SvgBudget budget)
    {
        var text = element["points"] ?? "";
        var numbers = new SvgNumbers(text);
        var path = new VectorPath();
        var first = true;
        while (!numbers.AtEnd)
        {
            if (!numbers.TryNumber(out var x) || !numbers.TryNumber(out var y))
            {
                throw SvgProblems.BadValue(element, "points", text, "pairs of numbers (x,y x,y …)");
            }

            budget.Segment(element);
            if (first)
            {
                path.MoveTo(x, y);
            }
            else
            {
                path.LineTo(x, y);
            }

            first = false;
        }

        if (first)
        {
            return null;
        }

        if (close)
        {
            path.Close();
        }

        return path;
    }

    /// <summary>A size attribute: a length of zero or more; absent is zero.</summary>
    private static double Size(SvgElement element, string name)
    {
        var value = SvgLength.Read(element, name, 0);
        return value >= 0 ? value : throw SvgProblems.BadValue(element, name, element[name]!, "a length of 0 or more");
    }
}
