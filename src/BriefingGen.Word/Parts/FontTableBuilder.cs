using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Parts;

/// <summary>
/// The font table (ISO/IEC 29500-1 §17.8): one entry for every font the document names, in its
/// styles, its text and its theme. Word reads it to list the document's fonts and to pick a
/// substitute, by family and pitch, for one that is not installed; monospaced fonts are marked
/// fixed-pitch so a substitute for code is monospaced too.
/// </summary>
internal static class FontTableBuilder
{
    /// <summary>The font table for the fonts named in <paramref name="roots"/> and <paramref name="themeFonts"/>.</summary>
    /// <param name="roots">Styles, body, headers, footers and notes.</param>
    /// <param name="themeFonts">The theme's heading and body fonts.</param>
    /// <param name="fixedPitch">The monospaced families the stylesheet uses for code.</param>
    public static Fonts Build(IEnumerable<OpenXmlElement> roots, IEnumerable<string?> themeFonts, IReadOnlySet<string> fixedPitch)
    {
        var names = roots.SelectMany(r => r.Descendants<RunFonts>())
            .SelectMany(f => new[] { f.Ascii?.Value, f.HighAnsi?.Value, f.ComplexScript?.Value, f.EastAsia?.Value })
            .Concat(themeFonts)
            .OfType<string>()
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return new Fonts(names.Select(name => fixedPitch.Contains(name)
            ? new Font(new FontFamily { Val = FontFamilyValues.Modern }, new Pitch { Val = FontPitchValues.Fixed }) { Name = name }
            : new Font(new FontFamily { Val = FontFamilyValues.Auto }, new Pitch { Val = FontPitchValues.Variable }) { Name = name }));
    }
}
