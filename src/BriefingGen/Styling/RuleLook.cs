namespace BriefingGen.Styling;

/// <summary>A ruled line along one edge of a paragraph or box.</summary>
/// <param name="Width">Thickness in points.</param>
/// <param name="Color">RRGGBB.</param>
/// <param name="Space">Gap between the rule and the text, in points.</param>
public sealed record RuleLook(double Width, string Color, double Space = 0);
