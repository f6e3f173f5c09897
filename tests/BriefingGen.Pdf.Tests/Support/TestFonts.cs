using BriefingGen.Pdf.Fonts;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>Fonts for tests: DejaVu Sans (fonts-dejavu-core), which every supported machine has.</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontBook> Shared = new(() => new FontBook(new FontResolver([])));

    /// <summary>A font book over the system's fonts, shared by the tests (faces are read-only once loaded).</summary>
    public static FontBook Book => Shared.Value;

    /// <summary>DejaVu Sans at <paramref name="size"/> points.</summary>
    public static TextStyle Style(double size = 10) => new() { Families = ["DejaVu Sans"], Size = size, Color = "000000" };

    /// <summary>The characters a line shows, from its glyphs' clusters.</summary>
    public static string TextOf(TextLine line) =>
        string.Concat(line.Pieces.Select(p => string.Concat(BriefingGen.Pdf.Writing.GlyphTexts.Of(p.Run).Skip(p.GlyphStart).Take(p.GlyphCount))));
}
