namespace BriefingGen.Styling;

/// <summary>
/// Shades a component draws as steps of one scale, lightest (least severe) first, such as the risk
/// matrix's bands. Readers must tell them apart without colour, on a greyscale printer or with
/// colour-blind eyes, so the theme loader checks that each prints darker than the one before.
/// </summary>
/// <param name="Name">What the scale is, for messages: "the risk matrix's bands".</param>
/// <param name="Shades">The shades' names in the theme, lightest first.</param>
public sealed record ShadeScale(string Name, IReadOnlyList<string> Shades);
