namespace BriefingGen.Pdf.Drawing;

/// <summary>The path operators of ISO 32000-1 §8.5.2.1.</summary>
internal enum PathVerb
{
    /// <summary><c>m</c>: begin a subpath.</summary>
    MoveTo,

    /// <summary><c>l</c>: a straight line.</summary>
    LineTo,

    /// <summary><c>c</c>: a cubic Bézier curve.</summary>
    CurveTo,

    /// <summary><c>h</c>: close the subpath.</summary>
    Close,
}
