using System.Runtime.CompilerServices;
using BriefingGen.Caching;
using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// The fonts of one document: the face for each style, the shaper that uses them, and each word's
/// shaped pieces, kept because briefs repeat their words and layout runs twice.
/// </summary>
internal sealed class FontBook(FontResolver resolver)
{
    /// <summary>Words up to this length have their pieces kept for later papers; longer runs are rare.</summary>
    private const int MaxSharedWordLength = 64;

    /// <summary>Links up to this length are kept with their words; a longer one is shaped again per paper.</summary>
    private const int MaxSharedLinkLength = 512;

    /// <summary>How many words' pieces each set of fonts keeps across papers.</summary>
    private const int MaxSharedWords = 50_000;

    /// <summary>Paragraphs of up to this many characters (text and links) have their lines kept for later papers.</summary>
    private const int MaxSharedParagraphLength = 4_000;

    /// <summary>How many paragraphs' lines each set of fonts keeps across papers.</summary>
    private const int MaxSharedParagraphs = 10_000;

    /// <summary>
    /// Each word's pieces, shared by every paper set in the same fonts: a batch or a server renders
    /// papers that repeat most of their words, and shaping them again for every paper was a fifth
    /// of what a warm paper allocated. Pieces are immutable and keyed by the whole style, so a
    /// later paper gets exactly what it would have shaped itself.
    /// </summary>
    private static readonly ConditionalWeakTable<FontResolver, BoundedCache<(string Text, TextStyle Style, string? Link, bool IsSpace), LinePiece[]>> SharedPieces = [];

    /// <summary>
    /// Each paragraph's lines, shared as the words are: the workspace's preview lays the same paper
    /// out again on every change, and a batch repeats headings, labels and standing text, so most
    /// paragraphs of a paper were laid out before. Lines depend on nothing but the key (text,
    /// styles, links, width, spacing, hyphenation) and are never changed once made.
    /// </summary>
    private static readonly ConditionalWeakTable<FontResolver, BoundedCache<LayoutKey, IReadOnlyList<TextLine>>> SharedLayouts = [];

    // Keyed by the families list itself: styles share the theme's lists, and joining them into a
    // string would cost an allocation on every word.
    private readonly Dictionary<(IReadOnlyList<string> Families, bool Bold, bool Italic), FontFace> _faces = [];
    private readonly BoundedCache<(string Text, TextStyle Style, string? Link, bool IsSpace), LinePiece[]> _pieces = SharedPieces.GetValue(resolver, _ => new(MaxSharedWords));

    /// <summary>The pieces of this paper's words that are not shared (<see cref="ShareableWord"/>), kept for its other passes and widths.</summary>
    private readonly Dictionary<(string Text, TextStyle Style, string? Link, bool IsSpace), LinePiece[]> _ownPieces = [];

    private readonly BoundedCache<LayoutKey, IReadOnlyList<TextLine>> _layouts = SharedLayouts.GetValue(resolver, _ => new(MaxSharedParagraphs));

    /// <summary>The lines of this paper's paragraphs that are not shared (<see cref="ShareableLayout"/>), kept for its other passes.</summary>
    private readonly Dictionary<LayoutKey, IReadOnlyList<TextLine>> _ownLayouts = [];

    /// <summary>The lines laid out before for <paramref name="key"/>, by this paper or an earlier one, or null.</summary>
    public IReadOnlyList<TextLine>? LaidOut(LayoutKey key) =>
        _layouts.TryGet(key, out var lines) || _ownLayouts.TryGetValue(key, out lines) ? lines : null;

    /// <summary>
    /// Keeps a paragraph's lines for the next pass and, when <see cref="ShareableLayout"/>,
    /// for later papers: every pass builds the paper's paragraphs afresh, and laying their text out
    /// again was most of what a pass cost.
    /// </summary>
    public void Keep(LayoutKey key, IReadOnlyList<TextLine> lines)
    {
        if (ShareableLayout(key, lines))
        {
            _layouts.Keep(key, lines);
        }
        else
        {
            _ownLayouts[key] = lines;
        }
    }

    /// <summary>Where the faces come from.</summary>
    public FontResolver Resolver => resolver;

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
        if (_pieces.TryGet(key, out var pieces) || _ownPieces.TryGetValue(key, out pieces))
        {
            return pieces;
        }

        pieces = ShapePieces(text, style, link, isSpace);
        if (ShareableWord(text, link, pieces))
        {
            _pieces.Keep(key, pieces);
        }
        else
        {
            _ownPieces[key] = pieces;
        }

        return pieces;
    }

    /// <summary>
    /// Whether a word's pieces are kept for later papers: not when the word or its link is long
    /// (rare, and one hostile field could fill the cache), and not when a glyph is a face's empty
    /// box: a word with a character no font has is shaped again for every paper, so that each
    /// paper's <see cref="TextShaper.Missing"/> learns of it and warns.
    /// </summary>
    private static bool ShareableWord(string text, string? link, LinePiece[] pieces) =>
        text.Length <= MaxSharedWordLength && (link?.Length ?? 0) <= MaxSharedLinkLength && !DrawsEmptyBox(pieces);

    /// <summary>
    /// Whether a paragraph's lines are kept for later papers: not when it is long (one hostile
    /// field could fill the cache), and not when a glyph is an empty box, for the reason words
    /// with one are not (<see cref="ShareableWord"/>).
    /// </summary>
    private static bool ShareableLayout(LayoutKey key, IReadOnlyList<TextLine> lines)
    {
        var length = 0;
        for (var i = 0; i < key.Spans.Count; i++)
        {
            length += key.Spans[i].Text.Length + (key.Spans[i].Link?.Length ?? 0);
        }

        if (length > MaxSharedParagraphLength)
        {
            return false;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (DrawsEmptyBox(lines[i].Pieces) || DrawsEmptyBox(lines[i].Trailing))
            {
                return false;
            }
        }

        return true;
    }

    private static bool DrawsEmptyBox(IReadOnlyList<LinePiece> pieces)
    {
        for (var p = 0; p < pieces.Count; p++)
        {
            var glyphs = pieces[p].Run.Glyphs;
            for (var i = 0; i < glyphs.Count; i++)
            {
                if (glyphs[i].Glyph == 0)
                {
                    return true;
                }
            }
        }

        return false;
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
