using System.IO.Compression;
using BriefingGen.Pdf.Fonts;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Tests.Writing;

/// <summary>A subset font program is made once per face and glyph set, and the kept one is the whole, valid program.</summary>
public sealed class FontProgramTests
{
    private static FontFace Face => FontFaces.Get(FontCatalog.System.Find("DejaVu Sans", false, false)!);

    [Fact]
    public void The_same_glyphs_in_any_order_give_the_kept_program()
    {
        var first = FontPrograms.For(Face, [40u, 12u, 75u, 12u]);
        var second = FontPrograms.For(Face, [75u, 40u, 12u]);
        Assert.Same(first, second);
    }

    [Fact]
    public void Other_glyphs_give_another_program()
    {
        var few = FontPrograms.For(Face, [40u, 12u]);
        var more = FontPrograms.For(Face, [40u, 12u, 90u]);
        Assert.NotSame(few, more);
        Assert.Equal(3, few.NewGlyphIds.Count);
        Assert.Equal(4, more.NewGlyphIds.Count);
    }

    [Fact]
    public void A_kept_program_inflates_to_a_font_of_its_stated_length_with_its_glyphs()
    {
        var program = FontPrograms.For(Face, [36u, 37u, 38u]);
        using var inflater = new ZLibStream(new MemoryStream(program.Deflated), CompressionMode.Decompress);
        using var font = new MemoryStream();
        inflater.CopyTo(font);

        Assert.Equal(program.Length, font.Length);
        font.Position = 0;
        using var blob = HarfBuzzSharp.Blob.FromStream(font);
        using var face = new HarfBuzzSharp.Face(blob, 0);
        Assert.Equal(4, face.GlyphCount);
    }
}
