namespace BriefingGen.Images.Svg;

/// <summary>
/// One painted shape of a drawing: its outline in its own coordinates, the transform that places
/// it in the drawing (every enclosing group's, the viewBox's and its own, composed), and how it is
/// filled and stroked. Painted in order, later over earlier.
/// </summary>
/// <param name="Path">The outline.</param>
/// <param name="Transform">From the shape's coordinates to the drawing's, in CSS pixels from its top-left corner.</param>
/// <param name="Fill">The fill, or null for none.</param>
/// <param name="EvenOdd">True for the even-odd fill rule, false for nonzero.</param>
/// <param name="Stroke">The outline, or null for none.</param>
public sealed record VectorShape(VectorPath Path, Matrix2D Transform, VectorPaint? Fill, bool EvenOdd, VectorStroke? Stroke);
