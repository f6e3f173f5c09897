namespace BriefingGen.Images.Svg;

/// <summary>What one segment of a <see cref="VectorPath"/> does: the path operators PDF has too.</summary>
public enum VectorVerb
{
    /// <summary>Starts a new subpath at the end point.</summary>
    MoveTo,

    /// <summary>A straight line to the end point.</summary>
    LineTo,

    /// <summary>A cubic Bézier curve through two control points to the end point.</summary>
    CubicTo,

    /// <summary>Closes the subpath with a straight line back to its start.</summary>
    Close,
}
