using System.Text;

namespace BriefingGen.Pdf.Layout;

/// <summary>
/// Puts a line's pieces in visual order for a left-to-right paragraph, the part of the Unicode
/// bidirectional algorithm a left-to-right document needs: a stretch of right-to-left words
/// (Hebrew, Arabic…) with the spaces, digits and punctuation between them is laid right to left.
/// Each piece is already shaped in its own direction by HarfBuzz, so "שלום 2026" keeps its
/// digits in order while the words around them swap places.
/// </summary>
internal static class BidiOrder
{
    private enum Direction
    {
        Neutral,
        Number,
        LeftToRight,
        RightToLeft,
    }

    /// <summary>The pieces in the order they are drawn, left to right.</summary>
    /// <remarks>A document in a right-to-left language would need the paragraph direction too; the packs' languages are left-to-right.</remarks>
    public static List<LinePiece> Visual(List<LinePiece> logical)
    {
        // Most lines hold no right-to-left text: they are seen so before anything is allocated.
        if (!logical.Exists(p => DirectionOf(p) == Direction.RightToLeft))
        {
            return logical;
        }

        var directions = new Direction[logical.Count];
        for (var i = 0; i < logical.Count; i++)
        {
            directions[i] = DirectionOf(logical[i]);
        }

        var visual = new List<LinePiece>(logical);
        for (var i = 0; i < visual.Count; i++)
        {
            if (directions[i] != Direction.RightToLeft)
            {
                continue;
            }

            // The stretch runs to the last right-to-left piece, or number, before the next
            // left-to-right one: numbers after right-to-left text belong to it.
            var end = i;
            for (var j = i + 1; j < visual.Count && directions[j] != Direction.LeftToRight; j++)
            {
                if (directions[j] is Direction.RightToLeft or Direction.Number)
                {
                    end = j;
                }
            }

            visual.Reverse(i, end - i + 1);
            i = end;
        }

        return visual;
    }

    private static Direction DirectionOf(LinePiece piece)
    {
        if (piece.GlyphCount == 0)
        {
            return Direction.Neutral;
        }

        var (first, last) = (int.MaxValue, 0);
        for (var g = piece.GlyphStart; g < piece.GlyphStart + piece.GlyphCount; g++)
        {
            var cluster = piece.Run.Glyphs[g].Cluster;
            (first, last) = (Math.Min(first, cluster), Math.Max(last, cluster));
        }

        var text = piece.Run.Text;
        var end = Math.Min(text.Length, last + 1);
        var number = false;
        for (var i = first; i < end;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (IsRightToLeft(rune.Value))
            {
                return Direction.RightToLeft;
            }

            if (Rune.IsLetter(rune))
            {
                return Direction.LeftToRight;
            }

            number |= Rune.IsDigit(rune);
            i += Math.Max(1, consumed);
        }

        return number ? Direction.Number : Direction.Neutral;
    }

    /// <summary>True for characters of the right-to-left scripts (bidi classes R and AL).</summary>
    private static bool IsRightToLeft(int c) =>
        c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFC) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);
}
