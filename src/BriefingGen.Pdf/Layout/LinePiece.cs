using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Layout;

/// <summary>A slice of shaped text on a line, in one face and style.</summary>
/// <param name="Run">The shaped run.</param>
/// <param name="GlyphStart">First glyph of the slice.</param>
/// <param name="GlyphCount">Number of glyphs.</param>
/// <param name="Style">How it looks.</param>
/// <param name="Link">Its link target, or null.</param>
/// <param name="IsSpace">True for inter-word space, which justification widens and line ends drop.</param>
/// <param name="PrimaryFace">
/// The face the style asks for. A glyph drawn from a fallback face (an emoji, a letter the primary
/// face lacks) sits on the line's baseline but does not set the line's height, so a line with one
/// such glyph is as tall as its neighbours and a heading's number stays level with its title.
/// </param>
internal sealed record LinePiece(ShapedRun Run, int GlyphStart, int GlyphCount, TextStyle Style, string? Link, bool IsSpace, FontFace PrimaryFace)
{
    /// <summary>
    /// A part of this piece. Use this rather than a <c>with</c> expression: <see cref="Width"/> is
    /// computed once at construction, and <c>with</c> would copy the old width.
    /// </summary>
    public LinePiece Slice(int glyphStart, int glyphCount) => new(Run, glyphStart, glyphCount, Style, Link, IsSpace, PrimaryFace);

    /// <summary>The characters the slice stands for, in logical order.</summary>
    public string Characters
    {
        get
        {
            var glyphs = Run.Glyphs;
            var (first, last) = (Run.Text.Length, -1);
            for (var i = GlyphStart; i < GlyphStart + GlyphCount; i++)
            {
                (first, last) = (Math.Min(first, glyphs[i].Cluster), Math.Max(last, glyphs[i].Cluster));
            }

            if (last < 0)
            {
                return "";
            }

            // The slice ends where the next cluster of the run begins.
            var end = Run.Text.Length;
            foreach (var glyph in glyphs)
            {
                if (glyph.Cluster > last && glyph.Cluster < end)
                {
                    end = glyph.Cluster;
                }
            }

            return Run.Text[first..end];
        }
    }

    /// <summary>Width in points.</summary>
    public double Width { get; } = Run.Face.ToPoints(Advance(Run, GlyphStart, GlyphCount), Style.GlyphSize) + (GlyphCount * Style.LetterSpacing);

    /// <summary>Height above the baseline, points, in the primary face.</summary>
    public double Ascent => PrimaryFace.ToPoints(PrimaryFace.Ascender, Style.Size);

    /// <summary>Depth below the baseline, points (positive), in the primary face.</summary>
    public double Descent => PrimaryFace.ToPoints(-PrimaryFace.Descender, Style.Size);

    /// <summary>Extra gap the primary face asks for between lines, points.</summary>
    public double Gap => PrimaryFace.ToPoints(PrimaryFace.LineGap, Style.Size);

    private static int Advance(ShapedRun run, int start, int count)
    {
        var sum = 0;
        for (var i = start; i < start + count; i++)
        {
            sum += run.Glyphs[i].Advance;
        }

        return sum;
    }
}
