namespace BriefingGen.Model;

/// <summary>A page's size and margins, in millimetres as page designers give them.</summary>
/// <param name="WidthMm">The paper's width as it is read (the long side in landscape).</param>
/// <param name="HeightMm">The paper's height as it is read.</param>
/// <param name="MarginTopMm">Top margin (the header sits inside it).</param>
/// <param name="MarginBottomMm">Bottom margin (the footer sits inside it).</param>
/// <param name="MarginLeftMm">Left margin.</param>
/// <param name="MarginRightMm">Right margin.</param>
/// <param name="HeaderDistanceMm">Distance of the header and footer from the paper's edge.</param>
public sealed record PageLayout(double WidthMm, double HeightMm, double MarginTopMm, double MarginBottomMm, double MarginLeftMm, double MarginRightMm, double HeaderDistanceMm)
{
    /// <summary>A4 portrait with the margins of the default theme.</summary>
    public static PageLayout A4 { get; } = new(210, 297, 25, 22, 22, 22, 10);

    /// <summary>True when the page is wider than it is tall.</summary>
    public bool Landscape => WidthMm > HeightMm;

    /// <summary>The width text may use.</summary>
    public double ContentWidthMm => WidthMm - MarginLeftMm - MarginRightMm;

    /// <summary>The height text may use.</summary>
    public double ContentHeightMm => HeightMm - MarginTopMm - MarginBottomMm;

    /// <summary>
    /// The same paper turned: width and height swap, margins stay where they are, since the top
    /// and bottom margins hold the running header, footer and banners in either orientation.
    /// </summary>
    public PageLayout Turned() => this with { WidthMm = HeightMm, HeightMm = WidthMm };

    /// <summary>This layout in the orientation asked for.</summary>
    public PageLayout Oriented(bool landscape) => landscape == Landscape ? this : Turned();
}
