namespace BriefingGen.Images.Svg;

/// <summary>
/// The area a stroke covers, as polygons to fill with the nonzero rule: a quadrilateral along each
/// straight piece, and at each corner and open end the join and cap the stroke asks for (SVG 1.1
/// §11.4). Every polygon is turned the same way round, so that where they overlap their windings
/// add up instead of cancelling, and the union is filled.
/// </summary>
internal static class StrokeOutline
{
    /// <summary>The polygons of <paramref name="stroke"/> along <paramref name="polylines"/>, in the same units; <paramref name="unitsPerPixel"/> sets how finely round parts are cut.</summary>
    public static List<(double X, double Y)[]> Polygons(List<(List<(double X, double Y)> Points, bool Closed)> polylines, VectorStroke stroke, double unitsPerPixel)
    {
        var polygons = new List<(double X, double Y)[]>();
        var half = stroke.Width / 2;
        var roundPoints = (int)Math.Clamp(Math.Ceiling(Math.PI * half / Math.Max(unitsPerPixel, 1e-9)), 8, 64);
        foreach (var (raw, closed) in polylines)
        {
            var points = Distinct(raw, closed);
            if (points.Count == 1)
            {
                // A zero-length subpath shows only its caps (SVG 1.1 §11.4, "zero length subpath").
                if (stroke.Cap == StrokeLineCap.Round)
                {
                    polygons.Add(Circle(points[0], half, roundPoints));
                }
                else if (stroke.Cap == StrokeLineCap.Square)
                {
                    var (x, y) = points[0];
                    polygons.Add([(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)]);
                }

                continue;
            }

            var count = closed ? points.Count : points.Count - 1;
            for (var i = 0; i < count; i++)
            {
                var (a, b) = (points[i], points[(i + 1) % points.Count]);
                var (nx, ny) = Normal(a, b, half);
                var (dx, dy) = (ny, -nx); // along the segment, half a width long
                var capStart = !closed && i == 0 && stroke.Cap == StrokeLineCap.Square ? 1 : 0;
                var capEnd = !closed && i == count - 1 && stroke.Cap == StrokeLineCap.Square ? 1 : 0;
                var (sx, sy) = (a.X - (dx * capStart), a.Y - (dy * capStart));
                var (ex, ey) = (b.X + (dx * capEnd), b.Y + (dy * capEnd));
                polygons.Add([(sx + nx, sy + ny), (ex + nx, ey + ny), (ex - nx, ey - ny), (sx - nx, sy - ny)]);
            }

            if (!closed && stroke.Cap == StrokeLineCap.Round)
            {
                polygons.Add(Circle(points[0], half, roundPoints));
                polygons.Add(Circle(points[^1], half, roundPoints));
            }

            for (var i = closed ? 0 : 1; i < (closed ? points.Count : points.Count - 1); i++)
            {
                var previous = points[(i - 1 + points.Count) % points.Count];
                Join(polygons, previous, points[i], points[(i + 1) % points.Count], stroke, half, roundPoints);
            }
        }

        foreach (var polygon in polygons)
        {
            if (Area(polygon) < 0)
            {
                Array.Reverse(polygon);
            }
        }

        return polygons;
    }

    private static void Join(List<(double X, double Y)[]> polygons, (double X, double Y) a, (double X, double Y) v, (double X, double Y) b, VectorStroke stroke, double half, int roundPoints)
    {
        if (stroke.Join == StrokeLineJoin.Round)
        {
            polygons.Add(Circle(v, half, roundPoints));
            return;
        }

        var n1 = Normal(a, v, half);
        var n2 = Normal(v, b, half);
        // The outer side of the corner is the one the path turns away from.
        var cross = ((v.X - a.X) * (b.Y - v.Y)) - ((v.Y - a.Y) * (b.X - v.X));
        var side = cross > 0 ? -1 : 1;
        var p1 = (X: v.X + (side * n1.X), Y: v.Y + (side * n1.Y));
        var p2 = (X: v.X + (side * n2.X), Y: v.Y + (side * n2.Y));
        if (stroke.Join == StrokeLineJoin.Miter)
        {
            var (mx, my) = (n1.X + n2.X, n1.Y + n2.Y);
            var length = Math.Sqrt((mx * mx) + (my * my));
            var cosHalf = length / (2 * half); // cos of half the angle between the normals
            if (cosHalf > 1e-9 && 1 / cosHalf <= stroke.MiterLimit)
            {
                var reach = half / cosHalf;
                polygons.Add([v, p1, (v.X + (side * mx / length * reach), v.Y + (side * my / length * reach)), p2]);
                return;
            }
        }

        polygons.Add([v, p1, p2]);
    }

    /// <summary>The normal of the segment from <paramref name="a"/> to <paramref name="b"/>, <paramref name="half"/> long.</summary>
    private static (double X, double Y) Normal((double X, double Y) a, (double X, double Y) b, double half)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        return (-dy / length * half, dx / length * half);
    }

    private static (double X, double Y)[] Circle((double X, double Y) c, double r, int n)
    {
        var points = new (double X, double Y)[n];
        for (var i = 0; i < n; i++)
        {
            var (sin, cos) = Math.SinCos(2 * Math.PI * i / n);
            points[i] = (c.X + (r * cos), c.Y + (r * sin));
        }

        return points;
    }

    /// <summary>The points without repeats in a row (nor, for a closed one, the last repeating the first).</summary>
    private static List<(double X, double Y)> Distinct(List<(double X, double Y)> points, bool closed)
    {
        var result = new List<(double X, double Y)>(points.Count);
        foreach (var p in points)
        {
            if (result.Count == 0 || result[^1] != p)
            {
                result.Add(p);
            }
        }

        if (closed && result.Count > 1 && result[0] == result[^1])
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    private static double Area((double X, double Y)[] polygon)
    {
        var area = 0.0;
        for (var i = 0; i < polygon.Length; i++)
        {
            var (a, b) = (polygon[i], polygon[(i + 1) % polygon.Length]);
            area += (a.X * b.Y) - (b.X * a.Y);
        }

        return area;
    }
}
