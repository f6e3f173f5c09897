using System.Text;
using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>One page drawn as SVG: its size, its drawing in document order, and the glyph outlines it uses.</summary>
internal sealed class SvgPage(int number, double width, double height)
{
    private readonly Dictionary<FontFace, int> _faces = [];

    /// <summary>The page's place in the paper, from 1; it prefixes every id so pages can stand alone or side by side.</summary>
    public int Number { get; } = number;

    /// <summary>Width in points.</summary>
    public double Width { get; } = width;

    /// <summary>Height in points.</summary>
    public double Height { get; } = height;

    /// <summary>The drawing: SVG elements in the order they were drawn.</summary>
    public StringBuilder Body { get; } = new();

    /// <summary>Each glyph drawn, once, with the id its outline is defined under.</summary>
    public SortedDictionary<string, (FontFace Face, uint Glyph)> Glyphs { get; } = new(StringComparer.Ordinal);

    /// <summary>The id of <paramref name="glyph"/>'s outline, noting it for the page's definitions.</summary>
    public string GlyphId(FontFace face, uint glyph)
    {
        if (!_faces.TryGetValue(face, out var index))
        {
            index = _faces.Count + 1;
            _faces[face] = index;
        }

        var id = $"p{Number}f{index}g{glyph}";
        Glyphs.TryAdd(id, (face, glyph));
        return id;
    }
}
