namespace BriefingGen.Components.Charts;

/// <summary>A value axis: its title, how its numbers are written, and the range the data asks for.</summary>
/// <param name="Title">The axis title, or null for none.</param>
/// <param name="Format">How its values and the data labels on it are written.</param>
/// <param name="Min">The lowest value shown, or null to choose from the data (zero or below).</param>
/// <param name="Max">The highest value shown, or null to choose from the data.</param>
public sealed record ChartAxis(string? Title, ValueFormat Format = ValueFormat.Number, double? Min = null, double? Max = null);
