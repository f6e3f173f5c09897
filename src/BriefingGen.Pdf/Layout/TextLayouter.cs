using BriefingGen.Pdf.Text.Hyphenation;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Breaks styled text into lines of a given width: it shapes the text word by word (a word ends
/// at a break opportunity and keeps its trailing space), fills lines greedily, hyphenates at soft
/// hyphens and, given a hyphenator, inside a word that does not fit the rest of its line, and breaks
/// a word too long for any line between its characters, without a hyphen, rather than let it overflow.
/// </summary>
internal sealed class TextLayouter(FontBook fonts)
{
    /// <summary>The fonts lines are shaped in, for text shaped only when it is drawn (page numbers).</summary>
    public FontBook Fonts => fonts;

    /// <summary>Words of fewer letters are left whole: a hyphen in a short word saves little and reads badly.</summary>
    public const int ShortestHyphenatedWord = 5;

    /// <summary>
    /// Words longer than this are not hyphenated: no word of a language is, while a hash or a run
    /// of code would cost the patterns time on every line for nothing; they break at the line width.
    /// </summary>
    public const int LongestHyphenatedWord = 100;

    /// <summary>
    /// Word's hyphenation zone, points (its default of a quarter inch, which the Word settings
    /// state): a word that does not fit is hyphenated only when moving it whole would leave more
    /// than this empty at the line's end, so both formats hyphenate about as often.
    /// </summary>
    public const double HyphenationZone = 18;

    private readonly Dictionary<TextStyle, IReadOnlyList<LinePiece>?> _hyphens = [];

    /// <summary>
    /// A word and the space after it. Widths are summed once: build a new word rather than use <c>with</c>.
    /// The piece lists are read, never changed: a word in one style holds the shaped pieces the font book keeps.
    /// </summary>
    /// <param name="Content">The word's pieces.</param>
    /// <param name="Spaces">The space after it.</param>
    /// <param name="ForcedBreak">True when a line break follows.</param>
    /// <param name="Hyphen">The hyphen to draw when a line ends after the word, or null when none is drawn.</param>
    /// <param name="Start">Where the pieces begin in the paragraph's text.</param>
    /// <param name="Whole">Where the whole word lies in the paragraph's text, or null when it may not be hyphenated.</param>
    private sealed record Word(IReadOnlyList<LinePiece> Content, IReadOnlyList<LinePiece> Spaces, bool ForcedBreak, IReadOnlyList<LinePiece>? Hyphen, int Start = 0, Range? Whole = null)
    {
        public double Width { get; } = SumWidths(Content);

        public double SpaceWidth { get; } = SumWidths(Spaces);

        /// <summary>The room the word needs at the end of a line, its hyphen included.</summary>
        public double BreakWidth { get; } = SumWidths(Content) + SumWidths(Hyphen ?? []);

        public static double SumWidths(IReadOnlyList<LinePiece> pieces)
        {
            var sum = 0.0;
            for (var i = 0; i < pieces.Count; i++)
            {
                sum += pieces[i].Width;
            }

            return sum;
        }
    }

    /// <summary>The paragraph's text at once, and which span each character comes from.</summary>
    private sealed class ParagraphText
    {
        public ParagraphText(IReadOnlyList<TextSpan> spans)
        {
            Spans = spans;
            Full = string.Concat(spans.Select(s => s.Text));
            Owners = new int[Full.Length];
            for (int s = 0, at = 0; s < spans.Count; at += spans[s].Text.Length, s++)
            {
                Array.Fill(Owners, s, at, spans[s].Text.Length);
            }
        }

        public IReadOnlyList<TextSpan> Spans { get; }

        public string Full { get; }

        public int[] Owners { get; }
    }

    /// <summary>
    /// Lays out <paramref name="spans"/> in lines at most <paramref name="width"/> points wide,
    /// hyphenating by <paramref name="hyphenator"/>'s patterns when one is given. The lines may be
    /// shared with other paragraphs and papers: read them, never change them.
    /// </summary>
    public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextSpan> spans, double width, double lineSpacing, TextStyle emptyLineStyle, Hyphenator? hyphenator = null)
    {
        var key = new LayoutKey(spans, width, lineSpacing, emptyLineStyle, hyphenator);
        if (fonts.LaidOut(key) is { } known)
        {
            return known;
        }

        var lines = LayOut(spans, width, lineSpacing, emptyLineStyle, hyphenator);
        fonts.Keep(key, lines);
        return lines;
    }

    /// <summary>
    /// <paramref name="spans"/> with those styled in capitals set in capitals. .NET maps case one
    /// character to one, so every position in the paragraph keeps its owner. The invariant mapping
    /// is right for the Latin, Cyrillic and Greek scripts; it would be wrong only for the dotted and
    /// dotless i of Turkish and Azerbaijani.
    /// </summary>
    private static IReadOnlyList<TextSpan> InCapitals(IReadOnlyList<TextSpan> spans)
    {
        if (!spans.Any(s => s.Style.Capitals))
        {
            return spans;
        }

        return [.. spans.Select(s => s.Style.Capitals ? s with { Text = s.Text.ToUpperInvariant() } : s)];
    }

    private List<TextLine> LayOut(IReadOnlyList<TextSpan> spans, double width, double lineSpacing, TextStyle emptyLineStyle, Hyphenator? hyphenator)
    {
        var text = new ParagraphText(InCapitals(spans));
        var words = Words(text, hyphenator is not null);
        var lines = new List<TextLine>();
        var current = new List<Word>();
        var used = 0.0;

        void Flush(bool isLast)
        {
            lines.Add(MakeLine(current, isLast, lineSpacing, emptyLineStyle));
            current = [];
            used = 0;
        }

        void Add(Word word, double spaceBefore)
        {
            used += spaceBefore + word.Width;
            current.Add(word);
            if (word.ForcedBreak)
            {
                Flush(isLast: true);
            }
        }

        for (var index = 0; index < words.Count; index++)
        {
            var pending = words[index];
            var final = index == words.Count - 1;
            while (true)
            {
                var spaceBefore = current.Count > 0 ? current[^1].SpaceWidth : 0;
                var room = width - used - spaceBefore;
                if (pending.BreakWidth <= room + 0.01)
                {
                    Add(pending, spaceBefore);
                    break;
                }

                // A paragraph's last word that fits a line of its own moves there whole: the
                // hyphen would save no line, and "Fisher-" over a lone "ies" reads badly.
                var gapTooWide = current.Count == 0 || width - used > HyphenationZone;
                var hyphenSavesALine = current.Count == 0 || !(final || pending.ForcedBreak) || pending.BreakWidth > width + 0.01;
                if (hyphenator is not null && gapTooWide && hyphenSavesALine && Hyphenate(text, pending, room, width, hyphenator) is { } split)
                {
                    current.Add(split.Head);
                    Flush(isLast: false);
                    pending = split.Tail;
                    continue;
                }

                if (current.Count > 0)
                {
                    Flush(isLast: false);
                    continue;
                }

                // Alone on a line, too wide and no hyphen fits: cut at the line width, no hyphen drawn.
                var parts = SplitIfTooLong(pending, width).ToList();
                for (var i = 0; i < parts.Count - 1; i++)
                {
                    current.Add(parts[i]);
                    Flush(isLast: false);
                }

                if (parts.Count == 1)
                {
                    // A single cluster wider than the line: it has the line to itself.
                    Add(parts[0], 0);
                    break;
                }

                pending = parts[^1];
            }
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            Flush(isLast: true);
        }

        return lines;
    }

    private TextLine MakeLine(List<Word> words, bool isLast, double lineSpacing, TextStyle emptyLineStyle)
    {
        var pieces = new List<LinePiece>();
        for (var i = 0; i < words.Count; i++)
        {
            pieces.AddRange(words[i].Content);
            if (i < words.Count - 1)
            {
                pieces.AddRange(words[i].Spaces);
            }
        }

        var hyphenated = words.Count > 0 && words[^1].Hyphen is not null && !isLast;
        if (hyphenated)
        {
            pieces.AddRange(words[^1].Hyphen!);
        }

        if (pieces.Count == 0)
        {
            // An empty line still has the height of its font, so blank paragraphs keep their place.
            var blank = fonts.Pieces(" ", emptyLineStyle, null, isSpace: true);
            var ascent = blank.Max(p => p.Ascent);
            var descent = blank.Max(p => p.Descent);
            return new TextLine([], ascent, descent, (ascent + descent + blank.Max(p => p.Gap)) * lineSpacing, isLast);
        }

        pieces = BidiOrder.Visual(pieces);
        var (a, d, gap) = (double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity);
        foreach (var piece in pieces)
        {
            (a, d, gap) = (Math.Max(a, piece.Ascent), Math.Max(d, piece.Descent), Math.Max(gap, piece.Gap));
        }

        var trailing = words.Count > 0 && !hyphenated ? words[^1].Spaces : [];
        return new TextLine(pieces, a, d, (a + d + gap) * lineSpacing, isLast) { Trailing = trailing, EndsHyphenated = hyphenated };
    }

    /// <summary>
    /// Splits <paramref name="word"/> at the last of its hyphenation points whose first part, with
    /// its hyphen, fits in <paramref name="room"/>; null when the word may not be hyphenated or no
    /// point fits, or when it is a capitalised word its language keeps whole and it fits a line of its own
    /// (<paramref name="width"/>). Each part is shaped afresh, so a ligature across the break comes apart.
    /// </summary>
    private (Word Head, Word Tail)? Hyphenate(ParagraphText text, Word word, double room, double width, Hyphenator hyphenator)
    {
        if (word.Whole is not { } whole)
        {
            return null;
        }

        var (wordStart, wordLength) = whole.GetOffsetAndLength(text.Full.Length);
        var end = wordStart + wordLength;

        // A word marked as another language ("Мурманск" in an English paper) takes that
        // language's patterns, or none when there are none.
        var patterns = text.Spans[text.Owners[wordStart]].Style.Language is { } language ? Hyphenator.For(language) : hyphenator;
        if (patterns is null)
        {
            return null;
        }

        if (patterns.Language.KeepsCapitalisedWordsWhole && word.BreakWidth <= width + 0.01 && IsCapitalised(text.Full.AsSpan(wordStart, wordLength)))
        {
            return null;
        }

        var points = patterns.BreakPoints(text.Full.AsSpan(wordStart, wordLength));
        for (var i = points.Length - 1; i >= 0; i--)
        {
            var at = wordStart + points[i];
            if (at <= word.Start || at >= end)
            {
                continue;
            }

            var before = text.Spans[text.Owners[at - 1]];
            if (HyphenFor(before.Style) is not { } hyphen)
            {
                continue;
            }

            var head = Pieces(text, word.Start, at, isSpace: false);
            if (Word.SumWidths(head) + Word.SumWidths(hyphen) > room + 0.01)
            {
                continue;
            }

            var tail = Pieces(text, at, end, isSpace: false);
            return (new Word(head, [], false, hyphen, word.Start), new Word(tail, word.Spaces, word.ForcedBreak, word.Hyphen, at, word.Whole));
        }

        return null;
    }

    /// <summary>Whether the word's first letter, after any opening quotes or brackets, is a capital.</summary>
    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    /// <summary>The hyphen for a line broken by the patterns, or null when the style's own face has no glyph for it.</summary>
    private IReadOnlyList<LinePiece>? HyphenFor(TextStyle style)
    {
        if (!_hyphens.TryGetValue(style, out var hyphen))
        {
            var pieces = fonts.Pieces("-", style, null, isSpace: false);
            var ownGlyph = pieces.Count == 1 && pieces[0].Run.Face == pieces[0].PrimaryFace && pieces[0].Run.Glyphs.All(g => g.Glyph != 0);
            hyphen = ownGlyph ? pieces : null;
            _hyphens[style] = hyphen;
        }

        return hyphen;
    }

    /// <summary>Cuts a word wider than the line into parts that fit, at cluster boundaries.</summary>
    private static IEnumerable<Word> SplitIfTooLong(Word word, double width)
    {
        if (word.Width <= width || word.Content.Sum(p => p.GlyphCount) <= 1)
        {
            yield return word;
            yield break;
        }

        var part = new List<LinePiece>();
        var used = 0.0;
        foreach (var piece in word.Content)
        {
            var start = piece.GlyphStart;
            var end = piece.GlyphStart + piece.GlyphCount;
            var glyphs = piece.Run.Glyphs;
            var i = start;
            while (i < end)
            {
                // Take whole clusters, so a ligature or an accented letter is never cut in two.
                var next = i + 1;
                while (next < end && glyphs[next].Cluster == glyphs[i].Cluster)
                {
                    next++;
                }

                // Summed by index: Skip on a list walks from the start, which made long words quadratic.
                var advance = 0;
                for (var g = i; g < next; g++)
                {
                    advance += glyphs[g].Advance;
                }

                var clusterWidth = piece.Run.Face.ToPoints(advance, piece.Style.GlyphSize);
                if (used + clusterWidth > width && (part.Count > 0 || i > start))
                {
                    if (i > start)
                    {
                        part.Add(piece.Slice(start, i - start));
                    }

                    yield return new Word(part, [], false, null);
                    part = [];
                    used = 0;
                    start = i;
                }

                used += clusterWidth;
                i = next;
            }

            part.Add(piece.Slice(start, end - start));
        }

        yield return new Word(part, word.Spaces, word.ForcedBreak, word.Hyphen);
    }

    private List<Word> Words(ParagraphText text, bool hyphenating)
    {
        var full = text.Full;
        var breaks = LineBreakOpportunities.Find(full);
        var words = new List<Word>();
        var startOf = 0;
        for (var i = 1; i <= full.Length; i++)
        {
            var forced = full[i - 1] == '\n';
            if (i < full.Length && !breaks[i] && !forced)
            {
                continue;
            }

            var end = forced ? i - 1 : i;
            var wordEnd = end;
            while (wordEnd > startOf && LineBreakOpportunities.IsSpace(full[wordEnd - 1]))
            {
                wordEnd--;
            }

            var content = Pieces(text, startOf, wordEnd, isSpace: false);
            var softHyphen = wordEnd > startOf && full[wordEnd - 1] == '\u00AD';
            var hyphen = softHyphen && content.Count > 0 && content[^1] is var last ? fonts.Pieces("-", last.Style, last.Link, isSpace: false) : null;
            words.Add(new Word(
                content,
                Pieces(text, wordEnd, end, isSpace: true),
                forced,
                hyphen,
                startOf,
                hyphenating && MayHyphenate(text, startOf, wordEnd) ? startOf..wordEnd : null));
            startOf = i;
        }

        return words;
    }

    /// <summary>
    /// Whether the patterns may hyphenate the word at [start, end): long enough but not absurdly so,
    /// outside links and code, not in capitals (an acronym, as Word's <c>doNotHyphenateCaps</c> has
    /// it), and not next to a soft hyphen, which says where the author wants it broken.
    /// </summary>
    private static bool MayHyphenate(ParagraphText text, int start, int end)
    {
        var length = end - start;
        if (length < ShortestHyphenatedWord || length > LongestHyphenatedWord)
        {
            return false;
        }

        if (text.Full[end - 1] == '\u00AD' || (start > 0 && text.Full[start - 1] == '\u00AD'))
        {
            return false;
        }

        var (letters, lowerCase) = (0, 0);
        for (var i = start; i < end; i++)
        {
            var span = text.Spans[text.Owners[i]];
            if (span.Link is not null || !span.Hyphenate)
            {
                return false;
            }

            letters += char.IsLetter(text.Full[i]) ? 1 : 0;
            lowerCase += char.IsLower(text.Full[i]) ? 1 : 0;
        }

        return letters >= ShortestHyphenatedWord && lowerCase > 0;
    }

    /// <summary>
    /// The pieces of the text at [<paramref name="start"/>, <paramref name="end"/>). Text in one span,
    /// as nearly every word is, gets the font book's own pieces, not a copy.
    /// </summary>
    private IReadOnlyList<LinePiece> Pieces(ParagraphText text, int start, int end, bool isSpace)
    {
        if (start >= end)
        {
            return [];
        }

        var first = text.Owners[start];
        if (text.Owners[end - 1] == first)
        {
            var span = text.Spans[first];
            return fonts.Pieces(text.Full[start..end], span.Style, span.Link, isSpace);
        }

        var pieces = new List<LinePiece>();
        var i = start;
        while (i < end)
        {
            var owner = text.Owners[i];
            var j = i;
            while (j < end && text.Owners[j] == owner)
            {
                j++;
            }

            var span = text.Spans[owner];
            pieces.AddRange(fonts.Pieces(text.Full[i..j], span.Style, span.Link, isSpace));
            i = j;
        }

        return pieces;
    }
}
