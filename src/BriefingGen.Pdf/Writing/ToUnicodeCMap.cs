using System.Globalization;
using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// A font's ToUnicode CMap (ISO 32000-1 §9.10.3): from each CID to the UTF-16 text its glyph
/// stands for, so the text can be copied and searched, ligatures included. Runs of consecutive CIDs
/// that stand for consecutive single characters (a subset keeps the font's glyph order, which for
/// letters and digits is usually alphabetical) are written as one bfrange line.
/// </summary>
internal static class ToUnicodeCMap
{
    /// <summary>A CMap's sections hold at most 100 entries (Adobe Technical Note #5014).</summary>
    private const int SectionSize = 100;

    /// <summary>The CMap's bytes.</summary>
    /// <param name="glyphs">Original glyph id to the text it stands for; empty text maps to nothing.</param>
    /// <param name="newIds">Original glyph id to its CID in the subset.</param>
    public static byte[] For(IReadOnlyDictionary<uint, string> glyphs, IReadOnlyDictionary<uint, uint> newIds)
    {
        var entries = glyphs
            .Where(g => g.Value.Length > 0 && newIds.ContainsKey(g.Key))
            .Select(g => (Cid: newIds[g.Key], Text: g.Value))
            .OrderBy(e => e.Cid)
            .ToList();
        var singles = new List<(uint Cid, string Text)>();
        var ranges = new List<(uint First, uint Last, char Start)>();
        for (var i = 0; i < entries.Count;)
        {
            var end = i;
            while (end + 1 < entries.Count && Continues(entries[end], entries[end + 1]))
            {
                end++;
            }

            if (end > i)
            {
                ranges.Add((entries[i].Cid, entries[end].Cid, entries[i].Text[0]));
            }
            else
            {
                singles.Add(entries[i]);
            }

            i = end + 1;
        }

        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var section in singles.Chunk(SectionSize))
        {
            sb.Append(section.Length).Append(" beginbfchar\n");
            foreach (var (cid, text) in section)
            {
                sb.Append('<').Append(Code(cid)).Append("> <").Append(Utf16(text)).Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        foreach (var section in ranges.Chunk(SectionSize))
        {
            sb.Append(section.Length).Append(" beginbfrange\n");
            foreach (var (first, last, start) in section)
            {
                sb.Append('<').Append(Code(first)).Append("> <").Append(Code(last)).Append("> <").Append(Utf16(start.ToString())).Append(">\n");
            }

            sb.Append("endbfrange\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>
    /// Whether <paramref name="next"/> extends a range ending at <paramref name="last"/>: the next CID,
    /// the next character, both single UTF-16 units, and neither crossing into another last byte
    /// block — a range may vary only in its last byte, in its codes and its text alike.
    /// </summary>
    private static bool Continues((uint Cid, string Text) last, (uint Cid, string Text) next) =>
        next.Cid == last.Cid + 1 && (next.Cid & 0xFF) != 0
        && last.Text.Length == 1 && next.Text.Length == 1 && !char.IsSurrogate(next.Text[0])
        && next.Text[0] == last.Text[0] + 1 && (next.Text[0] & 0xFF) != 0;

    private static string Code(uint cid) => cid.ToString("X4", CultureInfo.InvariantCulture);

    private static string Utf16(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
}
