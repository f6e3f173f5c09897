namespace BriefingGen.Images.Svg;

/// <summary>One segment of a path. Only a curve uses the control points; a close uses no point.</summary>
/// <param name="Verb">What the segment does.</param>
/// <param name="X1">First control point, x.</param>
/// <param name="Y1">First control point, y.</param>
/// <param name="X2">Second control point, x.</param>
/// <param name="Y2">Second control point, y.</param>
/// <param name="X">End point, x.</param>
/// <param name="Y">End point, y.</param>
public readonly record struct VectorSegment(VectorVerb Verb, double X1, double Y1, double X2, double Y2, double X, double Y);
