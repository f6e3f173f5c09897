namespace BriefingGen.Pdf.Layout;

/// <summary>A rectangle on the page, in points from the top-left corner.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
internal readonly record struct Area(double X, double Y, double Width, double Height)
{
    /// <summary>The area's size.</summary>
    public Size Size => new(Width, Height);

    /// <summary>The area shrunk by the given insets.</summary>
    public Area Inset(double left, double top, double right, double bottom) =>
        new(X + left, Y + top, Math.Max(0, Width - left - right), Math.Max(0, Height - top - bottom));
}
