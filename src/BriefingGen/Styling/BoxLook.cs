namespace BriefingGen.Styling;

/// <summary>A panel around content: callouts and the classification banner.</summary>
/// <param name="Fill">The background colour, or null.</param>
/// <param name="TextColor">The colour of text inside, RRGGBB.</param>
/// <param name="Padding">Inner space on each side, in points.</param>
/// <param name="LeftRule">A rule down the left edge, or null.</param>
/// <param name="SpaceAfter">Space below the box, in points.</param>
public sealed record BoxLook(string? Fill, string TextColor, Padding Padding, RuleLook? LeftRule = null, double SpaceAfter = 0);
