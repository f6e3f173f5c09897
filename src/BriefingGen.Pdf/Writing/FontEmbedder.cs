using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingGen.Pdf.Fonts;

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
    public static EmbeddedFont Write(PdfObjectWriter writer, FontUsage usage)
    {
        var face = usage.Face;
        var subset = HarfBuzzSubset.Subset(face.HbFace, usage.Glyphs.Keys);
        var name = Tag(face.PostScriptName, usage.Glyphs.Keys) + "+" + face.PostScriptName;
        var scale = 1000.0 / face.UnitsPerEm;

        var type0 = writer.Reserve();
        var cidFont = writer.Reserve();
        var descriptor = writer.Reserve();
        var fontFile = writer.Reserve();
        var toUnicode = writer.Reserve();

        writer.Write(type0, $"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
        writer.Write(cidFont,
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            + $"/FontDescriptor {descriptor} 0 R /DW {N(face.Advance(0) * scale)} /W {Widths(usage, subset.NewGlyphIds, scale)} /CIDToGIDMap /Identity >>");

        var box = face.BoundingBox;
        var flags = 32 | (face.FixedPitch ? 1 : 0) | (face.Info.Italic ? 64 : 0);
        writer.Write(descriptor,
            $"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox [{N(box.XMin * scale)} {N(box.YMin * scale)} {N(box.XMax * scale)} {N(box.YMax * scale)}] "
            + $"/ItalicAngle {N(face.ItalicAngle)} /Ascent {N(face.Ascender * scale)} /Descent {N(face.Descender * scale)} /CapHeight {N(face.CapHeight * scale)} "
            + $"/StemV {(face.Info.IsBold ? 140 : 80)} /FontFile2 {fontFile} 0 R >>");
        writer.WriteStream(fontFile, $"/Length1 {subset.Font.Length}", subset.Font, compress: true);
        writer.WriteStream(toUnicode, "", Encoding.ASCII.GetBytes(ToUnicodeMap(usage, subset.NewGlyphIds)), compress: true);
        return new EmbeddedFont(usage.ResourceName, type0, subset.NewGlyphIds);
    }

    /// <summary>The W array: runs of consecutive CIDs with their widths in thousandths of an em.</summary>
    private static string Widths(FontUsage usage, IReadOnlyDictionary<uint, uint> newIds, double scale)
    {
        var widths = usage.Glyphs.Keys
            .Where(newIds.ContainsKey)
            .Select(old => (Cid: newIds[old], Width: usage.Face.Advance(old) * scale))
            .OrderBy(x => x.Cid)
            .ToList();
        var sb = new StringBuilder("[");
        for (var i = 0; i < widths.Count;)
        {
            var start = i;
            sb.Append(widths[i].Cid).Append(" [");
            do
            {
                sb.Append(N(widths[i].Width)).Append(' ');
                i++;
            }
            while (i < widths.Count && widths[i].Cid == widths[i - 1].Cid + 1);

            sb.Length--;
            sb.Append("] ");
            _ = start;
        }

        return sb.Append(']').ToString();
    }

    /// <summary>A ToUnicode CMap (§9.10.3) from each CID to the UTF-16 text its glyph stands for.</summary>
    private static string ToUnicodeMap(FontUsage usage, IReadOnlyDictionary<uint, uint> newIds)
    {
        var entries = usage.Glyphs
            .Where(g => g.Value.Length > 0 && newIds.ContainsKey(g.Key))
            .Select(g => (Cid: newIds[g.Key], Text: g.Value))
            .OrderBy(e => e.Cid)
            .ToList();
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in entries.Chunk(100))
        {
            sb.Append(chunk.Length).Append(" beginbfchar\n");
            foreach (var (cid, text) in chunk)
            {
                sb.Append('<').Append(cid.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }

    /// <summary>The six-capital-letter subset tag (§9.6.4), derived from the font and its glyphs so it is stable.</summary>
    private static string Tag(string fontName, IEnumerable<uint> glyphs)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fontName + ":" + string.Join(',', glyphs)));
        return new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
    }

    private static string N(double value) => PdfFormat.Number(value);
}
