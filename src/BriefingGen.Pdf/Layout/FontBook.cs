using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// The fonts of one document: the face for each style, the shaper that uses them, and each word's
/// shaped pieces, kept because briefs repeat their words and layout runs twice.
/// </summary>
internal sealed class FontBook(FontResolver resolver)
{
    // Keyed by the families list itself: styles share the theme's lists, and joining them into a
    // string would cost an allocation on every word.
    private readonly Dictionary<(IReadOnlyList<string> Families, bool Bold, bool Italic), FontFace> _faces = [];
    private readonly Dictionary<(string Text, TextStyle Style, string? Link, bool IsSpace), LinePiece[]> _pieces = [];

    private readonly Dictionary<LayoutKey, List<TextLine>> _layouts = [];

    /// <summary>The lines laid out before for <paramref name="key"/>, or null.</summary>
    public List<TextLine>? LaidOut(LayoutKey key) => _layouts.GetValueOrDefault(key);

    /// <summary>
    /// Keeps a paragraph's lines for the next pass: every pass builds the paper's paragraphs
    /// afresh, and laying their text out again was most of what a pass cost.
    /// </summary>
    public void Keep(LayoutKey key, List<TextLine> lines) => _layouts[key] = lines;

    /// <summary>Shapes text with fallback.</summary>
    public TextShaper Shaper { get; } = new(resolver);

    /// <summary>The face for <paramref name="style"/>.</summary>
    public FontFace FaceFor(TextStyle style)
    {
        var key = (style.Families, style.Bold, style.Italic);
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

    /// <summary><paramref name="text"/> shaped into line pieces of one style, link and kind.</summary>
    public IReadOnlyList<LinePiece> Pieces(string text, TextStyle style, string? link, bool isSpace)
    {
        var key = (text, style, link, isSpace);
        if (!_pieces.TryGetValue(key, out var pieces))
        {
            pieces = ShapePieces(text, style, link, isSpace);
            _pieces[key] = pieces;
        }

        return pieces;
    }

    /// <summary>
    /// The pieces of a word not met before; apart from <see cref="Pieces"/>, so that the words met
    /// before, most of a paper's, are looked up without allocating anything.
    /// </summary>
    private LinePiece[] ShapePieces(string text, TextStyle style, string? link, bool isSpace)
    {
        var primary = FaceFor(style);
        var runs = Shaper.Shape(text, primary, style.Families, style.Bold, style.Italic);
        var pieces = new LinePiece[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            pieces[i] = new LinePiece(runs[i], 0, runs[i].Glyphs.Count, style, link, isSpace, primary);
        }

        return pieces;
    }
}
