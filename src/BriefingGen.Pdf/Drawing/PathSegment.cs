namespace BriefingGen.Pdf.Drawing;

/// <summary>One segment of a path: what it does and its points (x, y pairs).</summary>
/// <param name="Verb">Move, line, curve or close.</param>
/// <param name="Points">Two numbers per point: one point for a move or line, three for a curve, none to close.</param>
internal sealed record PathSegment(PathVerb Verb, IReadOnlyList<double> Points);
