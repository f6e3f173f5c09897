namespace BriefingGen.Images.Svg;

/// <summary>A solid colour with its opacity, the element's and its groups' opacity already multiplied in.</summary>
/// <param name="R">Red, 0–255.</param>
/// <param name="G">Green, 0–255.</param>
/// <param name="B">Blue, 0–255.</param>
/// <param name="Alpha">Opacity from 0 (invisible) to 1 (opaque).</param>
public readonly record struct VectorPaint(byte R, byte G, byte B, double Alpha)
{
    /// <summary>The colour as six hexadecimal digits, RRGGBB, as the PDF writer and SVG take it.</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";
}
