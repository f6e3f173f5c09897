using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Layout;

/// <summary>The fonts of one document: the face for each style, and the shaper that uses them.</summary>
internal sealed class FontBook(FontResolver resolver)
{
    private readonly Dictionary<(string Families, bool Bold, bool Italic), FontFace> _faces = [];

    /// <summary>Shapes text with fallback.</summary>
    public TextShaper Shaper { get; } = new(resolver);

    /// <summary>The face for <paramref name="style"/>.</summary>
    public FontFace FaceFor(TextStyle style)
    {
        var key = (string.Join('|', style.Families), style.Bold, style.Italic);
        if (!_faces.TryGetValue(key, out var face))
        {
            face = resolver.Resolve(style.Families, style.Bold, style.Italic);
            _faces[key] = face;
        }

        return face;
    }

    /// <summary>Shapes <paramref name="text"/> in <paramref name="style"/>.</summary>
    public IReadOnlyList<ShapedRun> Shape(string text, TextStyle style) =>
        Shaper.Shape(text, FaceFor(style), style.Families, style.Bold, style.Italic);
}
