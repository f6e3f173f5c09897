namespace BriefingGen.Pdf.Fonts;

/// <summary>One glyph as HarfBuzz placed it, in font units.</summary>
/// <param name="Glyph">The glyph id in its face.</param>
/// <param name="Cluster">The index of the first character (in the shaped text) this glyph stands for.</param>
/// <param name="Advance">How far the pen moves after it.</param>
/// <param name="OffsetX">Horizontal shift from the pen position.</param>
/// <param name="OffsetY">Vertical shift from the baseline (up is positive).</param>
internal readonly record struct ShapedGlyph(uint Glyph, int Cluster, int Advance, int OffsetX, int OffsetY);
