namespace BriefingGen.Model;

/// <summary>
/// A picture in the running header of every page of a section, such as a brand's mark. It is
/// page furniture: Word puts it in the header part, the PDF draws it as an artifact, which screen
/// readers skip (PDF/UA-1 7.8), so its alternative text serves Word's readers.
/// </summary>
/// <param name="Image">The picture, proven whole by the engine's loader.</param>
/// <param name="HeightMm">Its height in millimetres; the width follows the picture's proportions.</param>
/// <param name="Side">The side it stands at.</param>
/// <param name="AltText">What it shows, for Word's alternative text.</param>
public sealed record HeaderLogo(ImageData Image, double HeightMm, HeaderLogoSide Side, string AltText)
{
    /// <summary>The gap between the logo and the text beside it, in millimetres.</summary>
    public const double GapMm = 3;

    /// <summary>The width the logo takes at <see cref="HeightMm"/>, in millimetres.</summary>
    public double WidthMm => Image.PixelHeight == 0 ? 0 : HeightMm * Image.PixelWidth / Image.PixelHeight;

    /// <summary>Where the setting that asked for it was written, or the brand value it names.</summary>
    public Origin? Origin { get; init; }
}
