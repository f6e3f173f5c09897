namespace BriefingGen.Pdf.Drawing;

/// <summary>
/// A shape made of straight and curved segments (ISO 32000-1 §8.5.2): what charts, markers and
/// rounded panels are drawn with. Coordinates are points from the page's top-left corner, as
/// everything the layout engine draws; the canvas turns them into PDF space.
/// </summary>
internal sealed class PathData
{
    private readonly List<PathSegment> _segments = [];

    /// <summary>The segments in drawing order.</summary>
    public IReadOnlyList<PathSegment> Segments => _segments;

    /// <summary>Starts a new subpath at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public PathData MoveTo(double x, double y) => Add(new PathSegment(PathVerb.MoveTo, [x, y]));

    /// <summary>A straight line to (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public PathData LineTo(double x, double y) => Add(new PathSegment(PathVerb.LineTo, [x, y]));

    /// <summary>A cubic Bézier curve with two control points to (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public PathData CurveTo(double x1, double y1, double x2, double y2, double x, double y) => Add(new PathSegment(PathVerb.CurveTo, [x1, y1, x2, y2, x, y]));

    /// <summary>Closes the subpath with a line back to its start.</summary>
    public PathData Close() => Add(new PathSegment(PathVerb.Close, []));

    /// <summary>A rectangle as a closed subpath.</summary>
    public PathData Rectangle(double x, double y, double width, double height) =>
        MoveTo(x, y).LineTo(x + width, y).LineTo(x + width, y + height).LineTo(x, y + height).Close();

    /// <summary>
    /// A circle of radius <paramref name="r"/> around (<paramref name="cx"/>, <paramref name="cy"/>),
    /// as four Bézier arcs (the control distance 0.5523 × r keeps it within 0.03 % of round).
    /// </summary>
    public PathData Circle(double cx, double cy, double r)
    {
        var k = 0.5523 * r;
        return MoveTo(cx + r, cy)
            .CurveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
            .CurveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
            .CurveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
            .CurveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
            .Close();
    }

    /// <summary>The same shape with every y measured from the bottom of a page <paramref name="pageHeight"/> tall.</summary>
    public PathData Flipped(double pageHeight)
    {
        var flipped = new PathData();
        foreach (var segment in _segments)
        {
            var points = segment.Points.ToArray();
            for (var i = 1; i < points.Length; i += 2)
            {
                points[i] = pageHeight - points[i];
            }

            flipped.Add(segment with { Points = points });
        }

        return flipped;
    }

    private PathData Add(PathSegment segment)
    {
        _segments.Add(segment);
        return this;
    }
}
