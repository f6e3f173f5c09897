namespace BriefingGen.Images.Svg;

/// <summary>How a shape's outline is drawn.</summary>
/// <param name="Paint">Its colour.</param>
/// <param name="Width">Its width in the shape's own units (the shape's transform scales it).</param>
/// <param name="Cap">The ends of open subpaths.</param>
/// <param name="Join">The corners.</param>
/// <param name="MiterLimit">How far a miter may reach, in stroke widths, before the corner is bevelled.</param>
public sealed record VectorStroke(VectorPaint Paint, double Width, StrokeLineCap Cap, StrokeLineJoin Join, double MiterLimit);
