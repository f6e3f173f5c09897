using BriefingGen.Model;

namespace BriefingGen.Styling;

/// <summary>Paper size, orientation and margins, in millimetres as page designers give them.</summary>
public sealed record PageSetup
{
    /// <summary><c>A4</c> or <c>Letter</c>.</summary>
    public string Size { get; init; } = "A4";

    /// <summary><c>portrait</c> or <c>landscape</c>.</summary>
    public string Orientation { get; init; } = "portrait";

    /// <summary>Top margin in millimetres (the header sits inside it).</summary>
    public double MarginTop { get; init; } = 25;

    /// <summary>Bottom margin in millimetres (the footer sits inside it).</summary>
    public double MarginBottom { get; init; } = 22;

    /// <summary>Left margin in millimetres.</summary>
    public double MarginLeft { get; init; } = 22;

    /// <summary>Right margin in millimetres.</summary>
    public double MarginRight { get; init; } = 22;

    /// <summary>Distance of the header and footer from the paper's edge, in millimetres.</summary>
    public double HeaderDistance { get; init; } = 10;

    /// <summary>The paper's width in millimetres, upright.</summary>
    public double WidthMm => Size.Equals("Letter", StringComparison.OrdinalIgnoreCase) ? 215.9 : 210;

    /// <summary>The paper's height in millimetres, upright.</summary>
    public double HeightMm => Size.Equals("Letter", StringComparison.OrdinalIgnoreCase) ? 279.4 : 297;

    /// <summary>The page as the model describes it, turned when the orientation is landscape.</summary>
    public PageLayout Layout =>
        new PageLayout(WidthMm, HeightMm, MarginTop, MarginBottom, MarginLeft, MarginRight, HeaderDistance)
            .Oriented(Orientation.Equals("landscape", StringComparison.OrdinalIgnoreCase));
}
