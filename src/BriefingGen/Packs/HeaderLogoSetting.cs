using BriefingGen.Model;

namespace BriefingGen.Packs;

/// <summary>
/// A pack's <c>page:</c> settings for a logo in the running header: <c>header_logo</c>, a one-line
/// template giving the picture's path (<c>"{{ brand?.logos?.mark }}"</c>; empty output means no
/// logo), <c>header_logo_height</c> in millimetres, <c>header_logo_side</c> and
/// <c>header_logo_alt</c>, a one-line template for its alternative text.
/// </summary>
/// <param name="Source">The template that gives the picture's path.</param>
/// <param name="HeightMm">The logo's height in millimetres.</param>
/// <param name="Side">The side it stands at.</param>
/// <param name="Alt">The template for its alternative text, or null to use the brand kit's name.</param>
public sealed record HeaderLogoSetting(string Source, double HeightMm, HeaderLogoSide Side, string? Alt)
{
    /// <summary>The height when the pack gives none: about a line and a half of header text.</summary>
    public const double DefaultHeightMm = 8;
}
