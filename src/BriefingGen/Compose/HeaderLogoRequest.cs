using BriefingGen.Model;

namespace BriefingGen.Compose;

/// <summary>
/// The header logo a pack's <c>page.header_logo</c> asked for, composed but not yet loaded: the
/// engine's image loader, which knows the allowed folders, turns it into a <see cref="HeaderLogo"/>.
/// </summary>
/// <param name="Path">The picture's path as the template wrote it.</param>
/// <param name="Origin">The brand or data value it came from, else the manifest's setting.</param>
/// <param name="HeightMm">Its height in millimetres.</param>
/// <param name="Side">The side it stands at.</param>
/// <param name="AltText">Its alternative text.</param>
internal sealed record HeaderLogoRequest(string Path, Origin Origin, double HeightMm, HeaderLogoSide Side, string AltText);
