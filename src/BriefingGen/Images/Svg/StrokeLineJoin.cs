namespace BriefingGen.Images.Svg;

/// <summary>How corners of a stroke look (SVG <c>stroke-linejoin</c>).</summary>
public enum StrokeLineJoin
{
    /// <summary>A sharp corner, bevelled beyond the miter limit.</summary>
    Miter,

    /// <summary>A rounded corner.</summary>
    Round,

    /// <summary>A corner cut straight across.</summary>
    Bevel,
}
