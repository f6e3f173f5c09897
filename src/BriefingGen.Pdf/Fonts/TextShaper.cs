using System.Globalization;
using System.Text;
using Buffer = HarfBuzzSharp.Buffer;

namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// Shapes text with HarfBuzz (kerning, ligatures, marks, any script), splitting it first into runs
/// by the face that covers each character, so a character the chosen face lacks is drawn from a
/// fallback face instead of as an empty box. Each face keeps what it shaped (<see cref="FontFace.Shaped"/>).
/// </summary>
internal sealed class TextShaper(FontResolver resolver)
{
    private readonly SortedSet<int> _missing = [];

    /// <summary>Characters no installed face has: they are drawn as the primary face's empty box.</summary>
    public IReadOnlyCollection<int> Missing => _missing;

    /// <summary>Shapes <paramref name="text"/> in <paramref name="primary"/>, falling back per character.</summary>
    /// <param name="text">The text to shape.</param>
    /// <param name="primary">The face the style asks for.</param>
    /// <param name="families">The style's families, tried first for fallback.</param>
    /// <param name="bold">Whether fallback faces should be bold.</param>
    /// <param name="italic">Whether fallback faces should be italic.</param>
    public IReadOnlyList<ShapedRun> Shape(string text, FontFace primary, IReadOnlyList<string> families, bool bold, bool italic)
    {
        var runs = new List<ShapedRun>();
        foreach (var (face, start, length) in Segment(text, primary, families, bold, italic))
        {
            runs.Add(ShapeRun(face, text.Substring(start, length)));
        }

        return runs;
    }

    /// <summary>
    /// Notes in <see cref="Missing"/> the characters of <paramref name="text"/> no installed face
    /// has, as <see cref="Shape"/> would, without shaping it: a preflight needs only that.
    /// </summary>
    public void NoteMissing(string text, FontFace primary, IReadOnlyList<string> families, bool bold, bool italic) =>
        _ = Segment(text, primary, families, bold, italic);

    private static ShapedRun ShapeRun(FontFace face, string text) => face.Shaped(text, ShapeNew);

    private static ShapedRun ShapeNew(FontFace face, string text)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        face.HbFont.Shape(buffer);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var glyphs = new ShapedGlyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = new ShapedGlyph(infos[i].Codepoint, (int)infos[i].Cluster, positions[i].XAdvance, positions[i].XOffset, positions[i].YOffset);
        }

        return new ShapedRun(face, text, glyphs);
    }

    /// <summary>Splits text into runs of one face each; spaces and combining marks stay with their neighbours.</summary>
    private List<(FontFace Face, int Start, int Length)> Segment(string text, FontFace primary, IReadOnlyList<string> families, bool bold, bool italic)
    {
        var segments = new List<(FontFace Face, int Start, int Length)>();
        FontFace? current = null;
        var start = 0;
        // The letter the marks that follow belong to, and it composed with them so far: made only
        // when a mark comes (most letters have none), null once no longer one character.
        var (baseStart, baseRune, composed, composable) = (0, new Rune(' '), (string?)"", true);
        for (var i = 0; i < text.Length;)
        {
            // A lone surrogate (the data readers refuse them) decodes as U+FFFD rather than throwing.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var face = current ?? primary;
            if (!Follows(rune))
            {
                var found = primary.Covers(rune.Value) ? primary : resolver.FallbackFor(rune.Value, families, bold, italic);
                if (found is null)
                {
                    _missing.Add(rune.Value);
                }

                face = found ?? primary;
                (baseStart, baseRune, composed, composable) = (i, rune, null, true);
            }
            else if (IsMark(rune))
            {
                // A mark goes with its letter, in a face that draws it: the letter's own when it
                // has the mark or the letter and mark composed (e + ◌́ = é), else one that has
                // both, which then takes the letter too. A face without it would draw an empty
                // box as wide as a letter for each mark. Only a letter still one character with
                // its marks so far can compose with the next, so a flood of marks stays linear.
                if (composable)
                {
                    composed = OneCharacter(((composed ?? baseRune.ToString()) + rune).Normalize(NormalizationForm.FormC));
                    composable = composed is not null;
                }

                if (!face.Covers(rune.Value) && !(composed is not null && face.Covers(Rune.GetRuneAt(composed, 0).Value)))
                {
                    var other = resolver.FallbackFor(rune.Value, families, bold, italic);
                    if (other is null)
                    {
                        _missing.Add(rune.Value);
                    }
                    else if (other.Covers(baseRune.Value) && baseStart >= start && current is not null && other != current)
                    {
                        if (baseStart > start)
                        {
                            segments.Add((current, start, baseStart - start));
                        }

                        (current, start, face) = (other, baseStart, other);
                    }
                    else if (other != current)
                    {
                        face = other;
                    }
                }
            }

            if (current is not null && face != current)
            {
                segments.Add((current, start, i - start));
                start = i;
            }

            current = face;
            i += Math.Max(1, consumed);
        }

        if (current is not null)
        {
            segments.Add((current, start, text.Length - start));
        }

        return segments;
    }

    /// <summary><paramref name="text"/> when it is a single character, else null.</summary>
    private static string? OneCharacter(string text) =>
        Rune.DecodeFromUtf16(text, out _, out var length) == System.Buffers.OperationStatus.Done && length == text.Length ? text : null;

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Characters that belong with whatever comes before them: spaces, joiners, marks and variation selectors.</summary>
    private static bool Follows(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || rune.Value is 0x200D or 0x200C or 0x00AD or (>= 0xFE00 and <= 0xFE0F) or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
}
