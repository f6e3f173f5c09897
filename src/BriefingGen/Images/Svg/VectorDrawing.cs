namespace BriefingGen.Images.Svg;

/// <summary>
/// A vector picture read from an SVG file: its size in CSS pixels (96 to the inch) and its shapes
/// in painting order. Every renderer draws from this one model — PDF as path operators, Word's PNG
/// fallback through <see cref="SvgRasterizer"/>, and the clean SVG that Word and HTML embed through
/// <see cref="SvgWriter"/> — so all outputs show the same picture.
/// </summary>
/// <param name="Width">Width in CSS pixels.</param>
/// <param name="Height">Height in CSS pixels.</param>
/// <param name="Shapes">The painted shapes, first painted first.</param>
public sealed record VectorDrawing(double Width, double Height, IReadOnlyList<VectorShape> Shapes);
