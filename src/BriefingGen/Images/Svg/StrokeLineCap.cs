namespace BriefingGen.Images.Svg;

/// <summary>How open ends of a stroke look (SVG <c>stroke-linecap</c>).</summary>
public enum StrokeLineCap
{
    /// <summary>Squared off at the end point.</summary>
    Butt,

    /// <summary>A half-circle beyond the end point.</summary>
    Round,

    /// <summary>A half-square beyond the end point.</summary>
    Square,
}
