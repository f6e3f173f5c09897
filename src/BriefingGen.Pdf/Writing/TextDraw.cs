using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>One piece of shaped text to draw: a slice of a run, at a size and colour, with its pen start on the baseline.</summary>
/// <param name="Run">The shaped run.</param>
/// <param name="GlyphStart">The first glyph of the slice.</param>
/// <param name="GlyphCount">How many glyphs.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Color">Text colour, RRGGBB.</param>
/// <param name="X">Pen start, points from the page's left edge.</param>
/// <param name="Baseline">Baseline, points from the page's top edge.</param>
/// <param name="Rotated">True to draw bottom-to-top (turned 90° anticlockwise), for axis titles.</param>
internal sealed record TextDraw(ShapedRun Run, int GlyphStart, int GlyphCount, double Size, string Color, double X, double Baseline, bool Rotated = false)
{
    /// <summary>Extra space after every glyph, points.</summary>
    public double LetterSpacing { get; init; }

    /// <summary>The style asks for bold; drawn emboldened when the face itself is not bold.</summary>
    public bool Bold { get; init; }

    /// <summary>The style asks for italic; drawn slanted when the face itself is upright.</summary>
    public bool Italic { get; init; }

    /// <summary>The language of text in another language than the page's, marked on it so screen readers and search read it in that language.</summary>
    public string? Language { get; init; }

    /// <summary>True when only a regular-weight face was found for bold text.</summary>
    public bool SyntheticBold => Bold && !Run.Face.Info.IsBold;

    /// <summary>True when only an upright face was found for italic text.</summary>
    public bool SyntheticItalic => Italic && !Run.Face.Info.Italic && !Rotated;

    /// <summary>The glyphs drawn.</summary>
    public IEnumerable<ShapedGlyph> Glyphs => Run.Glyphs.Skip(GlyphStart).Take(GlyphCount);

    /// <summary>The width of the slice in points.</summary>
    public double Width => Run.Face.ToPoints(Glyphs.Sum(g => g.Advance), Size) + (GlyphCount * LetterSpacing);
}
