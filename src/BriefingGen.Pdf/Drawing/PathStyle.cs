namespace BriefingGen.Pdf.Drawing;

/// <summary>How a path is painted: filled, stroked, or both.</summary>
/// <param name="Fill">The fill colour (RRGGBB), or null to leave the inside empty.</param>
/// <param name="Stroke">The outline's colour, or null for none.</param>
/// <param name="StrokeWidth">The outline's width in points.</param>
/// <param name="Dash">A dash pattern (on, off, … in points) for the outline, or null for a solid line.</param>
internal sealed record PathStyle(string? Fill, string? Stroke = null, double StrokeWidth = 1, IReadOnlyList<double>? Dash = null);
