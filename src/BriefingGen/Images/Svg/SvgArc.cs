namespace BriefingGen.Images.Svg;

/// <summary>
/// Turns an elliptical arc given by its end points (SVG path command A) into cubic Bézier curves:
/// the centre parameterisation of SVG 1.1 Appendix F.6.5, out-of-range radii scaled up (F.6.6),
/// then one curve per quarter turn or less, whose control points lie 4/3·tan(θ/4) along the
/// tangents — within 0.03 % of the true ellipse.
/// </summary>
internal static class SvgArc
{
    /// <summary>Appends the arc from (<paramref name="x1"/>, <paramref name="y1"/>) to (<paramref name="x2"/>, <paramref name="y2"/>) to <paramref name="path"/>.</summary>
    public static void Append(VectorPath path, double x1, double y1, double rx, double ry, double angle, bool largeArc, bool sweep, double x2, double y2)
    {
        if (x1 == x2 && y1 == y2)
        {
            return; // F.6.2: the arc is omitted
        }

        rx = Math.Abs(rx);
        ry = Math.Abs(ry);
        if (rx == 0 || ry == 0)
        {
            path.LineTo(x2, y2); // F.6.2: a straight line
            return;
        }

        var (sin, cos) = Math.SinCos(angle * Math.PI / 180);
        var dx = (x1 - x2) / 2;
        var dy = (y1 - y2) / 2;
        var x1p = (cos * dx) + (sin * dy);
        var y1p = (-sin * dx) + (cos * dy);
        var lambda = (x1p * x1p / (rx * rx)) + (y1p * y1p / (ry * ry));
        if (lambda > 1)
        {
            var grow = Math.Sqrt(lambda);
            rx *= grow;
            ry *= grow;
        }

        var numerator = (rx * rx * ry * ry) - (rx * rx * y1p * y1p) - (ry * ry * x1p * x1p);
        var denominator = (rx * rx * y1p * y1p) + (ry * ry * x1p * x1p);
        var root = denominator == 0 ? 0 : Math.Sqrt(Math.Max(0, numerator / denominator));
        if (largeArc == sweep)
        {
            root = -root;
        }

        var cxp = root * rx * y1p / ry;
        var cyp = -root * ry * x1p / rx;
        var cx = (cos * cxp) - (sin * cyp) + ((x1 + x2) / 2);
        var cy = (sin * cxp) + (cos * cyp) + ((y1 + y2) / 2);
        var theta1 = Angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        var delta = Angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0)
        {
            delta -= 2 * Math.PI;
        }
        else if (sweep && delta < 0)
        {
            delta += 2 * Math.PI;
        }

        var pieces = Math.Max(1, (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9));
        var step = delta / pieces;
        var k = 4.0 / 3 * Math.Tan(step / 4);
        var t = theta1;
        for (var i = 0; i < pieces; i++)
        {
            var (s1, c1) = Math.SinCos(t);
            var (s2, c2) = Math.SinCos(t + step);
            // Points on the unit circle and their tangents, then onto the rotated ellipse.
            var p1 = Point(c1 - (k * s1), s1 + (k * c1));
            var p2 = Point(c2 + (k * s2), s2 - (k * c2));
            var end = i == pieces - 1 ? (x2, y2) : Point(c2, s2);
            path.CubicTo(p1.X, p1.Y, p2.X, p2.Y, end.Item1, end.Item2);
            t += step;
        }

        (double X, double Y) Point(double ux, double uy) =>
            ((cos * rx * ux) - (sin * ry * uy) + cx, (sin * rx * ux) + (cos * ry * uy) + cy);
    }

    /// <summary>The signed angle from vector u to vector v.</summary>
    private static double Angle(double ux, double uy, double vx, double vy) =>
        Math.Atan2((ux * vy) - (uy * vx), (ux * vx) + (uy * vy));
}
