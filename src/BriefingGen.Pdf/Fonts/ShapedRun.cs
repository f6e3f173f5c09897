namespace BriefingGen.Pdf.Fonts;

/// <summary>A stretch of text shaped in one face: its glyphs in visual order and the characters they came from.</summary>
/// <param name="Face">The face the glyphs belong to.</param>
/// <param name="Text">The characters, in logical order (for text extraction).</param>
/// <param name="Glyphs">The glyphs, clusters counted from the start of <paramref name="Text"/>.</param>
internal sealed record ShapedRun(FontFace Face, string Text, IReadOnlyList<ShapedGlyph> Glyphs)
{
    /// <summary>The total advance, font units.</summary>
    public int Advance { get; } = Glyphs.Sum(g => g.Advance);
}
