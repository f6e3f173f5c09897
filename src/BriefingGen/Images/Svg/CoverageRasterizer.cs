namespace BriefingGen.Images.Svg;

/// <summary>
/// Fills polygons into per-pixel coverage with anti-aliased edges: each pixel row is sampled on
/// sixteen sub-scanlines, and on each the spans inside the shape (by the nonzero or even-odd rule,
/// SVG 1.1 §11.3) are added with their exact fractional ends across. Edges are sorted once and
/// kept in an active list, so the work grows with the edges a row crosses, not all of them.
/// </summary>
internal sealed class CoverageRasterizer(int width, int height)
{
    private const int SubScanlines = 16;
    private const float Step = 1f / SubScanlines;

    private readonly List<Edge> _edges = [];
    private readonly float[] _cover = new float[width + 2];
    private readonly float[] _runs = new float[width + 2];

    /// <summary>Adds a closed polygon (the last point joins the first).</summary>
    public void AddPolygon(IReadOnlyList<(double X, double Y)> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            var (a, b) = (points[i], points[(i + 1) % points.Count]);
            if (a.Y != b.Y && double.IsFinite(a.X + a.Y + b.X + b.Y))
            {
                _edges.Add(a.Y < b.Y ? new Edge(a.X, a.Y, b.X, b.Y, 1) : new Edge(b.X, b.Y, a.X, a.Y, -1));
            }
        }
    }

    /// <summary>Computes the coverage row by row, from 0 to 1, and hands each row that has any to <paramref name="row"/>; then forgets the polygons.</summary>
    public void Fill(bool evenOdd, Action<int, float[]> row)
    {
        _edges.Sort((a, b) => a.Y0.CompareTo(b.Y0));
        var active = new List<Edge>();
        var crossings = new List<(double X, int Winding)>();
        var next = 0;
        var first = _edges.Count == 0 ? height : Math.Max(0, (int)Math.Floor(_edges[0].Y0));
        for (var y = first; y < height && (next < _edges.Count || active.Count > 0); y++)
        {
            Array.Clear(_cover);
            Array.Clear(_runs);
            var any = false;
            for (var s = 0; s < SubScanlines; s++)
            {
                var sy = y + ((s + 0.5) / SubScanlines);
                while (next < _edges.Count && _edges[next].Y0 <= sy)
                {
                    active.Add(_edges[next++]);
                }

                active.RemoveAll(e => e.Y1 <= sy);
                crossings.Clear();
                foreach (var e in active)
                {
                    if (e.Y0 <= sy)
                    {
                        crossings.Add((e.X0 + ((sy - e.Y0) * (e.X1 - e.X0) / (e.Y1 - e.Y0)), e.Winding));
                    }
                }

                crossings.Sort((a, b) => a.X.CompareTo(b.X));
                var winding = 0;
                for (var i = 0; i + 1 < crossings.Count; i++)
                {
                    winding += crossings[i].Winding;
                    var inside = evenOdd ? (i & 1) == 0 : winding != 0;
                    if (inside)
                    {
                        any |= Span(crossings[i].X, crossings[i + 1].X);
                    }
                }
            }

            if (any)
            {
                var run = 0f;
                for (var x = 0; x < width; x++)
                {
                    run += _runs[x];
                    _cover[x] = Math.Min(1, _cover[x] + run);
                }

                row(y, _cover);
            }
        }

        _edges.Clear();
    }

    /// <summary>Adds one sub-scanline's span from <paramref name="from"/> to <paramref name="to"/>: partial pixels at its ends, whole ones as a run.</summary>
    private bool Span(double from, double to)
    {
        var a = (float)Math.Clamp(from, 0, width);
        var b = (float)Math.Clamp(to, 0, width);
        if (b <= a)
        {
            return false;
        }

        var ia = (int)a;
        var ib = (int)b;
        if (ia == ib)
        {
            _cover[ia] += (b - a) * Step;
            return true;
        }

        _cover[ia] += (ia + 1 - a) * Step;
        _runs[ia + 1] += Step;
        _runs[ib] -= Step;
        if (ib < width)
        {
            _cover[ib] += (b - ib) * Step;
        }

        return true;
    }

    private readonly record struct Edge(double X0, double Y0, double X1, double Y1, int Winding);
}
