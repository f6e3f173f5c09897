namespace BriefingGen.Images.Svg;

/// <summary>
/// Turns a path into polylines (one per subpath) for the rasterizer: each point placed by a
/// transform, each cubic curve cut into straight pieces no further than a tolerance from the
/// curve. A curve wholly outside the area of interest becomes its chord — it cannot change any
/// pixel's winding there — and no curve is cut into more than 64 pieces, so a hostile drawing of
/// huge curves costs no more than one of small ones.
/// </summary>
internal static class PathFlattener
{
    private const int MaxPieces = 64;

    /// <summary>The subpaths of <paramref name="path"/> as polylines, and whether each is closed.</summary>
    /// <param name="path">The path.</param>
    /// <param name="transform">Where each point goes.</param>
    /// <param name="tolerance">How far a piece may stray from its curve, in the transformed units.</param>
    /// <param name="area">The region that matters, in the transformed units; null when all does.</param>
    public static List<(List<(double X, double Y)> Points, bool Closed)> Flatten(VectorPath path, Matrix2D transform, double tolerance, (double Width, double Height)? area)
    {
        var result = new List<(List<(double X, double Y)> Points, bool Closed)>();
        List<(double X, double Y)>? current = null;
        var pen = (X: 0.0, Y: 0.0);
        var start = pen;
        foreach (var s in path.Segments)
        {
            switch (s.Verb)
            {
                case VectorVerb.MoveTo:
                    current = [transform.Apply(s.X, s.Y)];
                    result.Add((current, false));
                    pen = start = (s.X, s.Y);
                    break;
                case VectorVerb.LineTo:
                    current ??= Open(result, transform, pen);
                    current.Add(transform.Apply(s.X, s.Y));
                    pen = (s.X, s.Y);
                    break;
                case VectorVerb.CubicTo:
                    current ??= Open(result, transform, pen);
                    Curve(current, transform.Apply(s.X1, s.Y1), transform.Apply(s.X2, s.Y2), transform.Apply(s.X, s.Y), tolerance, area);
                    pen = (s.X, s.Y);
                    break;
                case VectorVerb.Close:
                    if (current is not null)
                    {
                        result[^1] = (current, true);
                    }

                    current = null; // a segment after Z starts where the subpath did (SVG 1.1 §8.3.3)
                    pen = start;
                    break;
            }
        }

        return result;
    }

    private static List<(double X, double Y)> Open(List<(List<(double X, double Y)> Points, bool Closed)> result, Matrix2D transform, (double X, double Y) pen)
    {
        var points = new List<(double X, double Y)> { transform.Apply(pen.X, pen.Y) };
        result.Add((points, false));
        return points;
    }

    private static void Curve(List<(double X, double Y)> points, (double X, double Y) c1, (double X, double Y) c2, (double X, double Y) end, double tolerance, (double Width, double Height)? area)
    {
        var p0 = points[^1];
        if (area is { } a && Outside(a, p0, c1, c2, end))
        {
            points.Add(end);
            return;
        }

        // The second differences bound how far the curve strays from its chords (Wang's formula).
        var ddx = Math.Max(Math.Abs(p0.X - (2 * c1.X) + c2.X), Math.Abs(c1.X - (2 * c2.X) + end.X));
        var ddy = Math.Max(Math.Abs(p0.Y - (2 * c1.Y) + c2.Y), Math.Abs(c1.Y - (2 * c2.Y) + end.Y));
        var pieces = (int)Math.Clamp(Math.Ceiling(Math.Sqrt(0.75 * Math.Sqrt((ddx * ddx) + (ddy * ddy)) / tolerance)), 1, MaxPieces);
        for (var i = 1; i <= pieces; i++)
        {
            var t = (double)i / pieces;
            var u = 1 - t;
            var (a0, a1, a2, a3) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t);
            points.Add(((a0 * p0.X) + (a1 * c1.X) + (a2 * c2.X) + (a3 * end.X), (a0 * p0.Y) + (a1 * c1.Y) + (a2 * c2.Y) + (a3 * end.Y)));
        }
    }

    private static bool Outside((double Width, double Height) area, params ReadOnlySpan<(double X, double Y)> points)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var (x, y) in points)
        {
            (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
        }

        return maxX < 0 || maxY < 0 || minX > area.Width || minY > area.Height;
    }
}
