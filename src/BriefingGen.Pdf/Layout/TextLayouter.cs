namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Breaks styled text into lines of a given width: it shapes the text word by word (a word ends
/// at a break opportunity and keeps its trailing space), fills lines greedily, hyphenates at soft
/// hyphens, and breaks a word too long for any line between its characters rather than let it
/// overflow.
/// </summary>
internal sealed class TextLayouter(FontBook fonts)
{
    /// <summary>A word and the space after it. Widths are summed once: build a new word rather than use <c>with</c>.</summary>
    private sealed record Word(List<LinePiece> Content, List<LinePiece> Spaces, bool ForcedBreak, bool SoftHyphen)
    {
        public double Width { get; } = SumWidths(Content);

        public double SpaceWidth { get; } = SumWidths(Spaces);

        private static double SumWidths(List<LinePiece> pieces)
        {
            var sum = 0.0;
            foreach (var piece in pieces)
            {
                sum += piece.Width;
            }

            return sum;
        }
    }

    /// <summary>Lays out <paramref name="spans"/> in lines at most <paramref name="width"/> points wide.</summary>
    public List<TextLine> Layout(IReadOnlyList<TextSpan> spans, double width, double lineSpacing, TextStyle emptyLineStyle)
    {
        var words = Words(spans);
        var lines = new List<TextLine>();
        var current = new List<Word>();
        var used = 0.0;

        void Flush(bool isLast)
        {
            lines.Add(MakeLine(current, isLast, lineSpacing, emptyLineStyle));
            current = [];
            used = 0;
        }

        foreach (var word in words)
        {
            foreach (var part in word.Width <= width ? [word] : SplitIfTooLong(word, width))
            {
                var spaceBefore = current.Count > 0 ? current[^1].SpaceWidth : 0;
                if (current.Count > 0 && used + spaceBefore + part.Width > width + 0.01)
                {
                    Flush(isLast: false);
                    spaceBefore = 0;
                }

                used += spaceBefore + part.Width;
                current.Add(part);
                if (part.ForcedBreak)
                {
                    Flush(isLast: true);
                }
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

        if (words.Count > 0 && words[^1].SoftHyphen && !isLast && words[^1].Content.LastOrDefault() is { } last)
        {
            pieces.AddRange(Pieces("-", last.Style, last.Link, isSpace: false));
        }

        if (pieces.Count == 0)
        {
            // An empty line still has the height of its font, so blank paragraphs keep their place.
            pieces = Pieces(" ", emptyLineStyle, null, isSpace: true);
            var ascent = pieces.Max(p => p.Ascent);
            var descent = pieces.Max(p => p.Descent);
            return new TextLine([], ascent, descent, (ascent + descent + pieces.Max(p => p.Gap)) * lineSpacing, isLast);
        }

        pieces = BidiOrder.Visual(pieces);
        var a = pieces.Max(p => p.Ascent);
        var d = pieces.Max(p => p.Descent);
        var gap = pieces.Max(p => p.Gap);
        var trailing = words.Count > 0 && !words[^1].SoftHyphen ? words[^1].Spaces : [];
        return new TextLine(pieces, a, d, (a + d + gap) * lineSpacing, isLast) { Trailing = trailing };
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

                    yield return new Word(part, [], false, false);
                    part = [];
                    used = 0;
                    start = i;
                }

                used += clusterWidth;
                i = next;
            }

            part.Add(piece.Slice(start, end - start));
        }

        yield return new Word(part, word.Spaces, word.ForcedBreak, word.SoftHyphen);
    }

    private List<Word> Words(IReadOnlyList<TextSpan> spans)
    {
        var full = string.Concat(spans.Select(s => s.Text));
        var owners = new int[full.Length];
        for (int s = 0, at = 0; s < spans.Count; at += spans[s].Text.Length, s++)
        {
            Array.Fill(owners, s, at, spans[s].Text.Length);
        }

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

            words.Add(new Word(
                Pieces(full, owners, spans, startOf, wordEnd, isSpace: false),
                Pieces(full, owners, spans, wordEnd, end, isSpace: true),
                forced,
                wordEnd > startOf && full[wordEnd - 1] == '\u00AD'));
            startOf = i;
        }

        return words;
    }

    private List<LinePiece> Pieces(string full, int[] owners, IReadOnlyList<TextSpan> spans, int start, int end, bool isSpace)
    {
        var pieces = new List<LinePiece>();
        var i = start;
        while (i < end)
        {
            var owner = owners[i];
            var j = i;
            while (j < end && owners[j] == owner)
            {
                j++;
            }

            pieces.AddRange(fonts.Pieces(full[i..j], spans[owner].Style, spans[owner].Link, isSpace));
            i = j;
        }

        return pieces;
    }

    private List<LinePiece> Pieces(string text, TextStyle style, string? link, bool isSpace) => [.. fonts.Pieces(text, style, link, isSpace)];
}
