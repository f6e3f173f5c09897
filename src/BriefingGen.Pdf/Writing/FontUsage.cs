using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>The glyphs of one face a document draws, and the text each stands for.</summary>
internal sealed class FontUsage(FontFace face, int index)
{
    /// <summary>The face.</summary>
    public FontFace Face { get; } = face;

    /// <summary>The resource name in page dictionaries, e.g. F1.</summary>
    public string ResourceName { get; } = "F" + index;

    /// <summary>Glyph id to the text it stands for (first use wins).</summary>
    public SortedDictionary<uint, string> Glyphs { get; } = [];

    /// <summary>Records the glyphs of a draw.</summary>
    public void Add(TextDraw draw)
    {
        // Working out each glyph's text costs more than drawing; most draws use only known glyphs.
        var allKnown = true;
        for (var i = draw.GlyphStart; i < draw.GlyphStart + draw.GlyphCount && allKnown; i++)
        {
            allKnown = Glyphs.TryGetValue(draw.Run.Glyphs[i].Glyph, out var known) && known.Length > 0;
        }

        if (allKnown)
        {
            return;
        }

        var texts = GlyphTexts.Of(draw.Run);
        for (var i = draw.GlyphStart; i < draw.GlyphStart + draw.GlyphCount; i++)
        {
            var glyph = draw.Run.Glyphs[i].Glyph;
            if (!Glyphs.TryGetValue(glyph, out var known) || known.Length == 0)
            {
                Glyphs[glyph] = texts[i];
            }
        }
    }
}
