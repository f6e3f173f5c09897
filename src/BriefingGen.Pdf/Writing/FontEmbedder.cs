using System.Security.Cryptography;
using System.Text;
using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes a used face as a composite font (ISO 32000-1 §9.7): a Type0 font with Identity-H encoding
/// over a CIDFontType2 whose CIDs are the subset's glyph ids, with its widths (W), a descriptor, the
/// subset TrueType program (FontFile2) under a six-letter subset tag, and a ToUnicode map so the
/// text can be copied and searched, ligatures included.
/// </summary>
internal static class FontEmbedder
{
    /// <summary>Subsets and writes <paramref name="usage"/>; returns how pages refer to it.</summary>
    public static EmbeddedFont Write(PdfFileWriter writer, FontUsage usage)
    {
        var face = usage.Face;
        var subset = FontPrograms.For(face, usage.Glyphs.Keys);
        var name = PdfName.Of(Tag(face.PostScriptName, usage.Glyphs.Keys) + "+" + face.PostScriptName);
        var scale = 1000.0 / face.UnitsPerEm;

        var type0 = writer.Reserve();
        var cidFont = writer.Reserve();
        var descriptor = writer.Reserve();
        var fontFile = writer.Reserve();
        var toUnicode = writer.Reserve();

        writer.Write(type0, new PdfDictionary
        {
            ["Type"] = PdfName.Of("Font"),
            ["Subtype"] = PdfName.Of("Type0"),
            ["BaseFont"] = name,
            ["Encoding"] = PdfName.Of("Identity-H"),
            ["DescendantFonts"] = new PdfArray { cidFont },
            ["ToUnicode"] = toUnicode,
        });
        writer.Write(cidFont, new PdfDictionary
        {
            ["Type"] = PdfName.Of("Font"),
            ["Subtype"] = PdfName.Of("CIDFontType2"),
            ["BaseFont"] = name,
            ["CIDSystemInfo"] = new PdfDictionary { ["Registry"] = PdfString.Ascii("Adobe"), ["Ordering"] = PdfString.Ascii("Identity"), ["Supplement"] = 0 },
            ["FontDescriptor"] = descriptor,
            ["DW"] = face.Advance(0) * scale,
            ["W"] = Widths(usage, subset.NewGlyphIds, scale),
            ["CIDToGIDMap"] = PdfName.Of("Identity"),
        });

        var box = face.BoundingBox;
        var flags = 32 | (face.FixedPitch ? 1 : 0) | (face.Info.Italic ? 64 : 0); // Nonsymbolic, FixedPitch, Italic (§9.8.2)
        writer.Write(descriptor, new PdfDictionary
        {
            ["Type"] = PdfName.Of("FontDescriptor"),
            ["FontName"] = name,
            ["Flags"] = flags,
            ["FontBBox"] = new PdfArray { box.XMin * scale, box.YMin * scale, box.XMax * scale, box.YMax * scale },
            ["ItalicAngle"] = face.ItalicAngle,
            ["Ascent"] = face.Ascender * scale,
            ["Descent"] = face.Descender * scale,
            ["CapHeight"] = face.CapHeight * scale,
            ["StemV"] = face.Info.IsBold ? 140 : 80,
            ["FontFile2"] = fontFile,
        });
        writer.WriteDeflatedStream(fontFile, new PdfDictionary { ["Length1"] = subset.Length }, subset.Deflated);
        writer.WriteStream(toUnicode, new PdfDictionary(), ToUnicodeCMap.For(usage.Glyphs, subset.NewGlyphIds), compress: true);
        return new EmbeddedFont(usage.ResourceName, type0, subset.NewGlyphIds);
    }

    /// <summary>The W array (§9.7.4.3): runs of consecutive CIDs, each with the widths of its glyphs in thousandths of an em.</summary>
    private static PdfArray Widths(FontUsage usage, IReadOnlyDictionary<uint, uint> newIds, double scale)
    {
        var widths = usage.Glyphs.Keys
            .Where(newIds.ContainsKey)
            .Select(old => (Cid: newIds[old], Width: usage.Face.Advance(old) * scale))
            .OrderBy(x => x.Cid)
            .ToList();
        var array = new PdfArray();
        for (var i = 0; i < widths.Count;)
        {
            array.Add((long)widths[i].Cid);
            var run = new PdfArray();
            do
            {
                run.Add(widths[i].Width);
                i++;
            }
            while (i < widths.Count && widths[i].Cid == widths[i - 1].Cid + 1);

            array.Add(run);
        }

        return array;
    }

    /// <summary>The six-capital-letter subset tag (§9.6.4), derived from the font and its glyphs so it is stable.</summary>
    private static string Tag(string fontName, IEnumerable<uint> glyphs)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fontName + ":" + string.Join(',', glyphs)));
        return new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
    }
}
