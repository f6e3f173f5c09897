namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes one page's operations as content-stream operators (ISO 32000-1 §8 and §9): fills, lines,
/// images and text. Text is written as glyph ids of the subset font with TJ adjustments wherever
/// HarfBuzz's advance (kerning) differs from the glyph's width in the font's W array. Colours,
/// line width, font, character spacing and text rendering mode are graphics state that lasts across text objects
/// (§8.4, §9.3), so each is set only when it changes. Bold or italic text whose face is regular is
/// emboldened by stroking the outlines too (rendering mode 2) or slanted by the text matrix.
/// </summary>
internal static class ContentStreamWriter
{
    /// <summary>Writes the content stream of <paramref name="page"/> into <paramref name="output"/>.</summary>
    public static void Write(PdfPage page, IReadOnlyDictionary<Fonts.FontFace, EmbeddedFont> fonts, ContentBuffer output) =>
        new PageWriter(fonts, output).Write(page);

    private sealed class PageWriter(IReadOnlyDictionary<Fonts.FontFace, EmbeddedFont> fonts, ContentBuffer output)
    {
        private readonly ContentBuffer _out = output;
        private string? _fill;
        private string? _stroke;
        private double _lineWidth = -1;
        private (string Font, double Size)? _font;
        private int _renderMode;
        private double _charSpacing;
        private TextDraw? _open;
        private double _openEnd;
        private double _openBaseline;
        private bool _inArray;
        private bool _needsPosition;

        public void Write(PdfPage page)
        {
            foreach (var operation in page.Operations)
            {
                if (operation is not TextOperation)
                {
                    EndText();
                }

                switch (operation)
                {
                    case RectangleOperation r:
                        Fill(r.Color);
                        _out.Number(r.X).Raw(' ').Number(r.Y).Raw(' ').Number(r.Width).Raw(' ').Number(r.Height).Raw(" re f\n");
                        break;
                    case LineOperation l:
                        Stroke(l.Color, l.LineWidth);
                        _out.Number(l.X1).Raw(' ').Number(l.Y1).Raw(" m ").Number(l.X2).Raw(' ').Number(l.Y2).Raw(" l S\n");
                        break;
                    case PathOperation p:
                        Path(p.Path, p.Style);
                        break;
                    case ImageOperation i:
                        _out.Raw("q ").Number(i.Width).Raw(" 0 0 ").Number(i.Height).Raw(' ').Number(i.X).Raw(' ').Number(i.Y)
                            .Raw(" cm /Im").Number(i.ImageIndex + 1).Raw(" Do Q\n");
                        break;
                    case VectorOperation v:
                        VectorContent.Write(_out, v);
                        break;
                    case TextOperation t:
                        Text(t.Text, t.Baseline, fonts[t.Text.Run.Face]);
                        break;
                    case BeginMarkedOperation m:
                        _out.Raw('/').Raw(m.Role).Raw(" <</MCID ").Number(m.Mcid).Raw(">> BDC\n");
                        break;
                    case BeginLanguageOperation l:
                        // A language tag is letters, digits and hyphens (BCP 47); anything else is dropped.
                        _out.Raw("/Span <</Lang (").Raw(string.Concat(l.Language.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-'))).Raw(")>> BDC\n");
                        break;
                    case BeginArtifactOperation:
                        _out.Raw("/Artifact BMC\n");
                        break;
                    case EndMarkedOperation:
                        _out.Raw("EMC\n");
                        break;
                }
            }

            EndText();
        }

        private void Fill(string color)
        {
            if (color != _fill)
            {
                Rgb(color).Raw(" rg\n");
                _fill = color;
            }
        }

        private void Stroke(string color, double width)
        {
            if (color != _stroke)
            {
                Rgb(color).Raw(" RG\n");
                _stroke = color;
            }

            if (width != _lineWidth)
            {
                _out.Number(width).Raw(" w\n");
                _lineWidth = width;
            }
        }

        /// <summary>A path's segments, then one painting operator (§8.5.3): f, S or B; dashes are set and reset around it.</summary>
        private void Path(Drawing.PathData path, Drawing.PathStyle style)
        {
            if (style.Fill is null && style.Stroke is null)
            {
                return;
            }

            if (style.Fill is { } fill)
            {
                Fill(fill);
            }

            if (style.Stroke is { } stroke)
            {
                Stroke(stroke, style.StrokeWidth);
            }

            var dashed = style.Stroke is not null && style.Dash is { Count: > 0 };
            if (dashed)
            {
                _out.Raw('[');
                for (var i = 0; i < style.Dash!.Count; i++)
                {
                    _out.Raw(i > 0 ? " " : "").Number(style.Dash[i]);
                }

                _out.Raw("] 0 d\n");
            }

            foreach (var segment in path.Segments)
            {
                var p = segment.Points;
                switch (segment.Verb)
                {
                    case Drawing.PathVerb.MoveTo:
                        _out.Number(p[0]).Raw(' ').Number(p[1]).Raw(" m\n");
                        break;
                    case Drawing.PathVerb.LineTo:
                        _out.Number(p[0]).Raw(' ').Number(p[1]).Raw(" l\n");
                        break;
                    case Drawing.PathVerb.CurveTo:
                        _out.Number(p[0]).Raw(' ').Number(p[1]).Raw(' ').Number(p[2]).Raw(' ').Number(p[3]).Raw(' ').Number(p[4]).Raw(' ').Number(p[5]).Raw(" c\n");
                        break;
                    case Drawing.PathVerb.Close:
                        _out.Raw("h\n");
                        break;
                }
            }

            _out.Raw(style.Fill is not null && style.Stroke is not null ? "B\n" : style.Fill is not null ? "f\n" : "S\n");
            if (dashed)
            {
                _out.Raw("[] 0 d\n");
            }
        }

        private ContentBuffer Rgb(string hex)
        {
            var (red, green, blue) = PdfFormat.Rgb(hex);
            return _out.Number(red).Raw(' ').Number(green).Raw(' ').Number(blue);
        }

        /// <summary>
        /// Draws <paramref name="text"/>. Text drawn one piece after another, with nothing else
        /// between, stays in one text object (§9.4): only the state that changes is set, and a piece
        /// on the same baseline as the last one carries on from its pen position, the gap written
        /// as a TJ adjustment. A paragraph then takes one text object and a line mostly one TJ
        /// array, not a text object per word — a fraction of the bytes to store and to compress.
        /// </summary>
        private void Text(TextDraw text, double baseline, EmbeddedFont font)
        {
            var continuing = _open is { } previous && baseline == _openBaseline && SameMatrix(previous, text) && !_needsPosition;
            if (_open is null)
            {
                SetState(text, font, begin: true);
            }
            else if (NeedsState(text, font))
            {
                CloseArray();
                SetState(text, font, begin: false);
            }

            if (continuing)
            {
                var gap = text.X - _openEnd;
                var opening = !_inArray;
                if (opening)
                {
                    _out.Raw('[');
                    _inArray = true;
                }

                if (Math.Abs(gap) >= 0.0005)
                {
                    // TJ numbers are thousandths of text space, subtracted from the pen (§9.4.3).
                    _out.Raw(opening ? "" : " ").Number(-gap * 1000 / text.Size).Raw(' ');
                }
            }
            else
            {
                Position(text, baseline, 0, 0);
            }

            _open = text;
            _openBaseline = baseline;
            _openEnd = text.X + Glyphs(text, baseline, font);
        }

        /// <summary>True when <paramref name="next"/> is drawn in the text matrix <paramref name="previous"/> was: upright, and slanted alike.</summary>
        private static bool SameMatrix(TextDraw previous, TextDraw next) =>
            previous.SyntheticItalic == next.SyntheticItalic && !previous.Rotated && !next.Rotated;

        private bool NeedsState(TextDraw text, EmbeddedFont font) =>
            text.Color != _fill || (text.SyntheticBold ? 2 : 0) != _renderMode || text.LetterSpacing != _charSpacing
            || _font != (font.ResourceName, text.Size) || (text.SyntheticBold && (text.Color != _stroke || StrokeWidth(text) != _lineWidth));

        private static double StrokeWidth(TextDraw text) => Math.Round(text.Size * 0.03, 3);

        /// <summary>Sets the colour and text state <paramref name="text"/> needs, opening a text object first when <paramref name="begin"/>.</summary>
        private void SetState(TextDraw text, EmbeddedFont font, bool begin)
        {
            Fill(text.Color);
            var renderMode = text.SyntheticBold ? 2 : 0;
            if (text.SyntheticBold)
            {
                Stroke(text.Color, StrokeWidth(text));
            }

            if (begin)
            {
                _out.Raw("BT\n");
            }

            if (renderMode != _renderMode)
            {
                _out.Number(renderMode).Raw(" Tr\n");
                _renderMode = renderMode;
            }

            if (text.LetterSpacing != _charSpacing)
            {
                _out.Number(text.LetterSpacing).Raw(" Tc\n");
                _charSpacing = text.LetterSpacing;
            }

            if (_font != (font.ResourceName, text.Size))
            {
                _out.Raw('/').Raw(font.ResourceName).Raw(' ').Number(text.Size).Raw(" Tf\n");
                _font = (font.ResourceName, text.Size);
            }
        }

        private void CloseArray()
        {
            if (_inArray)
            {
                _out.Raw("] TJ\n");
                _inArray = false;
            }
        }

        /// <summary>Closes the open TJ array and text object, if any.</summary>
        private void EndText()
        {
            if (_open is null)
            {
                return;
            }

            CloseArray();
            _out.Raw("ET\n");
            _open = null;
            _needsPosition = false;
        }

        /// <summary>Sets the text matrix to <paramref name="text"/>'s pen start moved by (dx, dy) font units.</summary>
        private void Position(TextDraw text, double baseline, double dx, double dy)
        {
            CloseArray();

            var face = text.Run.Face;
            var x = text.Rotated ? text.X + face.ToPoints(-dy, text.Size) : text.X + face.ToPoints(dx, text.Size);
            var y = text.Rotated ? baseline + face.ToPoints(dx, text.Size) : baseline + face.ToPoints(dy, text.Size);
            // A synthetic italic leans about 12 degrees, as word processors draw it.
            _out.Raw(text.Rotated ? "0 1 -1 0 " : text.SyntheticItalic ? "1 0 0.21 1 " : "1 0 0 1 ").Number(x).Raw(' ').Number(y).Raw(" Tm\n");
        }

        /// <summary>Writes the glyphs of <paramref name="text"/> and returns the pen's advance in points.</summary>
        private double Glyphs(TextDraw text, double baseline, EmbeddedFont font)
        {
            var face = text.Run.Face;
            var scale = 1000.0 / face.UnitsPerEm;
            var penX = 0.0; // font units along the baseline from the start
            var spacing = text.LetterSpacing * face.UnitsPerEm / text.Size; // Tc, in font units
            var glyphs = text.Run.Glyphs;
            for (var g = text.GlyphStart; g < text.GlyphStart + text.GlyphCount; g++)
            {
                var glyph = glyphs[g];
                var hasOffset = glyph.OffsetX != 0 || glyph.OffsetY != 0;
                if (hasOffset)
                {
                    Position(text, baseline, penX + glyph.OffsetX, glyph.OffsetY);
                }
                else if (_needsPosition)
                {
                    Position(text, baseline, penX, 0);
                }

                _needsPosition = hasOffset;
                if (!_inArray)
                {
                    _out.Raw('[');
                    _inArray = true;
                }

                _out.GlyphId(font.NewGlyphIds[glyph.Glyph]);
                var nominal = face.Advance(glyph.Glyph);
                if (nominal != glyph.Advance && !hasOffset)
                {
                    _out.Raw(' ').Number((nominal - glyph.Advance) * scale).Raw(' ');
                }

                penX += glyph.Advance + spacing;
            }

            return face.ToPoints(penX, text.Size);
        }
    }
}
