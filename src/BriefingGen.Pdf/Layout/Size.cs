namespace BriefingGen.Pdf.Layout;

/// <summary>Available or used space, in points.</summary>
/// <param name="Width">Horizontal extent.</param>
/// <param name="Height">Vertical extent.</param>
internal readonly record struct Size(double Width, double Height);
