using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BriefingGen.Caching;
using BriefingGen.Pdf.Fonts;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Subset font programs, compressed, kept per face and glyph set for the life of the face (the
/// process): a batch or a server writes papers in the same fonts with much the same glyphs, and
/// subsetting and deflating a font is among the costliest steps of writing a PDF. A program depends only
/// on the face and the set of glyphs, so a kept one is byte for byte the one that would be made.
/// </summary>
internal static class FontPrograms
{
    /// <summary>How many glyph sets a face keeps.</summary>
    private const int MaxKeptPerFace = 16;

    /// <summary>The largest program kept (deflated): most of a large CJK face would otherwise hold megabytes per glyph set.</summary>
    private const int MaxKeptBytes = 2 * 1024 * 1024;

    private static readonly ConditionalWeakTable<FontFace, BoundedCache<GlyphSet, FontProgram>> Kept = new();

    /// <summary>The subset of <paramref name="face"/> holding <paramref name="glyphs"/>, deflated, made once per set.</summary>
    public static FontProgram For(FontFace face, IEnumerable<uint> glyphs)
    {
        var set = new GlyphSet(glyphs);
        var kept = Kept.GetValue(face, _ => new BoundedCache<GlyphSet, FontProgram>(MaxKeptPerFace, worthKeeping: (_, program) => program.Deflated.Length <= MaxKeptBytes));
        if (kept.TryGet(set, out var program))
        {
            return program;
        }

        HarfBuzzSubset.Result subset;
        try
        {
            subset = HarfBuzzSubset.Subset(face.HbFace, set.Glyphs);
        }
        catch (FontNotEmbeddableException e)
        {
            // The trial subset a face passes before use covers damage to the tables; this is damage to a glyph it draws.
            throw new FontNotEmbeddableException($"the font {Diagnostics.PrintablePath.Of(face.Info.Path)} cannot be embedded in the PDF: {e.Message}; the file is damaged. Replace it, or take it out of the fonts folder");
        }

        program = new FontProgram(Flate.EncodeTightest(subset.Font), subset.Font.Length, subset.NewGlyphIds);
        kept.Keep(set, program);

        return program;
    }

    /// <summary>A set of glyph ids, sorted, compared by its members.</summary>
    private sealed class GlyphSet : IEquatable<GlyphSet>
    {
        private readonly int _hash;

        public GlyphSet(IEnumerable<uint> glyphs)
        {
            Glyphs = [.. glyphs.Distinct().Order()];
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(Glyphs.AsSpan()));
            _hash = hash.ToHashCode();
        }

        public uint[] Glyphs { get; }

        public bool Equals(GlyphSet? other) => other is not null && _hash == other._hash && Glyphs.AsSpan().SequenceEqual(other.Glyphs);

        public override bool Equals(object? obj) => Equals(obj as GlyphSet);

        public override int GetHashCode() => _hash;
    }
}

/// <summary>A subset font program ready for FontFile2.</summary>
/// <param name="Deflated">The subset TrueType font, through <see cref="Flate"/>.</param>
/// <param name="Length">The subset's length before compression (the stream's Length1).</param>
/// <param name="NewGlyphIds">Old glyph id to the subset's glyph id.</param>
internal sealed record FontProgram(byte[] Deflated, int Length, IReadOnlyDictionary<uint, uint> NewGlyphIds);
