namespace BriefingGen.Images.Svg;

/// <summary>
/// A shape's outline in its own coordinates, made only of moves, lines, cubic curves and closes:
/// every SVG shape, quadratic curve and elliptical arc is turned into these when it is read, so
/// each renderer needs to know only the four verbs PDF paths are made of (ISO 32000-1 §8.5.2).
/// </summary>
public sealed class VectorPath
{
    private readonly List<VectorSegment> _segments = [];

    /// <summary>The segments in drawing order.</summary>
    public IReadOnlyList<VectorSegment> Segments => _segments;

    /// <summary>Starts a new subpath.</summary>
    public void MoveTo(double x, double y) => _segments.Add(new(VectorVerb.MoveTo, 0, 0, 0, 0, x, y));

    /// <summary>A straight line.</summary>
    public void LineTo(double x, double y) => _segments.Add(new(VectorVerb.LineTo, 0, 0, 0, 0, x, y));

    /// <summary>A cubic Bézier curve.</summary>
    public void CubicTo(double x1, double y1, double x2, double y2, double x, double y) => _segments.Add(new(VectorVerb.CubicTo, x1, y1, x2, y2, x, y));

    /// <summary>Closes the subpath.</summary>
    public void Close() => _segments.Add(new(VectorVerb.Close, 0, 0, 0, 0, 0, 0));
}
