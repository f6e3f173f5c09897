using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes one page's operations as content-stream operators (ISO 32000-1 §8 and §9): fills, lines,
/// images and text. Text is written as glyph ids of the subset font with TJ adjustments wherever
/// HarfBuzz's advance (kerning) differs from the glyph's width in the font's W array.
/// </summary>
internal static class ContentStreamWriter
{
    /// <summary>The content stream of <paramref name="page"/>.</summary>
    public static byte[] Write(PdfPage page, IReadOnlyDictionary<Fonts.FontFace, EmbeddedFont> fonts)
    {
        var sb = new StringBuilder();
        foreach (var operation in page.Operations)
        {
            switch (operation)
            {
                case RectangleOperation r:
                    sb.Append(PdfFormat.Rgb(r.Color)).Append(" rg ")
                        .Append(N(r.X)).Append(' ').Append(N(r.Y)).Append(' ').Append(N(r.Width)).Append(' ').Append(N(r.Height)).Append(" re f\n");
                    break;
                case LineOperation l:
                    sb.Append(PdfFormat.Rgb(l.Color)).Append(" RG ").Append(N(l.LineWidth)).Append(" w ")
                        .Append(N(l.X1)).Append(' ').Append(N(l.Y1)).Append(" m ").Append(N(l.X2)).Append(' ').Append(N(l.Y2)).Append(" l S\n");
                    break;
                case ImageOperation i:
                    sb.Append("q ").Append(N(i.Width)).Append(" 0 0 ").Append(N(i.Height)).Append(' ').Append(N(i.X)).Append(' ').Append(N(i.Y))
                        .Append(" cm /Im").Append(i.ImageIndex + 1).Append(" Do Q\n");
                    break;
                case TextOperation t:
                    WriteText(sb, t.Text, fonts[t.Text.Run.Face]);
                    break;
            }
        }

        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static void WriteText(StringBuilder sb, TextDraw text, EmbeddedFont font)
    {
        var face = text.Run.Face;
        var scale = 1000.0 / face.UnitsPerEm;
        sb.Append("BT ").Append(PdfFormat.Rgb(text.Color)).Append(" rg /").Append(font.ResourceName).Append(' ').Append(N(text.Size)).Append(" Tf\n");
        var penX = 0.0; // font units along the baseline from the start
        var inArray = false;
        void Position(double dx, double dy)
        {
            if (inArray)
            {
                sb.Append("] TJ\n");
                inArray = false;
            }

            var x = text.X + face.ToPoints(dx, text.Size);
            var y = text.Baseline + face.ToPoints(dy, text.Size);
            sb.Append(text.Rotated ? "0 1 -1 0 " : "1 0 0 1 ")
                .Append(N(text.Rotated ? text.X + face.ToPoints(-dy, text.Size) : x)).Append(' ')
                .Append(N(text.Rotated ? text.Baseline + face.ToPoints(dx, text.Size) : y)).Append(" Tm\n");
        }

        Position(0, 0);
        var needsPosition = false;
        foreach (var glyph in text.Glyphs)
        {
            var hasOffset = glyph.OffsetX != 0 || glyph.OffsetY != 0;
            if (hasOffset)
            {
                Position(penX + glyph.OffsetX, glyph.OffsetY);
            }
            else if (needsPosition)
            {
                Position(penX, 0);
            }

            needsPosition = hasOffset;
            if (!inArray)
            {
                sb.Append('[');
                inArray = true;
            }

            var cid = font.NewGlyphIds[glyph.Glyph];
            sb.Append('<').Append(cid.ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            var nominal = face.Advance(glyph.Glyph);
            if (nominal != glyph.Advance && !hasOffset)
            {
                // TJ numbers are thousandths of text space, subtracted from the pen (§9.4.3).
                sb.Append(' ').Append(N((nominal - glyph.Advance) * scale)).Append(' ');
            }

            penX += glyph.Advance;
        }

        if (inArray)
        {
            sb.Append("] TJ\n");
        }

        sb.Append("ET\n");
    }

    private static string N(double value) => PdfFormat.Number(value);
}
