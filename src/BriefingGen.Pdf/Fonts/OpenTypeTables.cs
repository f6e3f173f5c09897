using System.Buffers.Binary;
using System.Text;

namespace BriefingGen.Pdf.Fonts;

/// <summary>
/// Reads the few OpenType tables the catalog and the PDF font descriptor need (name, head, OS/2,
/// post, hhea), straight from the file's table directory, so indexing hundreds of system fonts
/// reads a few kilobytes of each rather than the whole file. Handles TrueType collections.
/// </summary>
internal sealed class OpenTypeTables
{
    private readonly Dictionary<string, byte[]> _tables;

    private OpenTypeTables(Dictionary<string, byte[]> tables) => _tables = tables;

    /// <summary>The number of faces in the file: 1, or more for a .ttc collection.</summary>
    public static int FaceCount(Stream stream)
    {
        var header = ReadAt(stream, 0, 12);
        return Encoding.ASCII.GetString(header, 0, 4) == "ttcf" ? (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8)) : 1;
    }

    /// <summary>Reads the named tables of face <paramref name="faceIndex"/>; missing tables are left out.</summary>
    public static OpenTypeTables Read(Stream stream, int faceIndex, params string[] tags)
    {
        long offset = 0;
        var header = ReadAt(stream, 0, 12);
        if (Encoding.ASCII.GetString(header, 0, 4) == "ttcf")
        {
            offset = BinaryPrimitives.ReadUInt32BigEndian(ReadAt(stream, 12 + (4 * faceIndex), 4));
        }

        var directory = ReadAt(stream, offset, 12);
        var count = BinaryPrimitives.ReadUInt16BigEndian(directory.AsSpan(4));
        var records = ReadAt(stream, offset + 12, 16 * count);
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = records.AsSpan(16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            if (tag is "glyf" or "CFF " or "CFF2")
            {
                // Only whether the outlines are there matters, not what they hold.
                tables[tag] = [];
            }
            else if (Array.IndexOf(tags, tag) >= 0)
            {
                var tableOffset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                tables[tag] = ReadAt(stream, tableOffset, (int)Math.Min(length, 4 * 1024 * 1024));
            }
        }

        return new OpenTypeTables(tables);
    }

    /// <summary>True when the face has TrueType outlines (a glyf table), which PDF embeds as FontFile2.</summary>
    public bool HasTrueTypeOutlines => _tables.ContainsKey("glyf");

    /// <summary>True when the face has PostScript outlines (a CFF or CFF2 table), which the PDF writer does not embed.</summary>
    public bool HasPostScriptOutlines => _tables.ContainsKey("CFF ") || _tables.ContainsKey("CFF2");

    /// <summary>A name record (1 family, 2 subfamily, 4 full name, 6 PostScript name, 16/17 typographic family/subfamily), in English when there is a choice.</summary>
    public string? Name(int nameId)
    {
        if (!_tables.TryGetValue("name", out var name) || name.Length < 6)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2));
        var stringsAt = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4));
        string? best = null;
        var bestScore = -1;
        for (var i = 0; i < count && 6 + (12 * i) + 12 <= name.Length; i++)
        {
            var r = name.AsSpan(6 + (12 * i), 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            var language = BinaryPrimitives.ReadUInt16BigEndian(r[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(r[6..]) != nameId)
            {
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
            var start = stringsAt + BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
            if (start + length > name.Length)
            {
                continue;
            }

            // Windows Unicode English (US) first, any Windows Unicode next, Mac Roman last.
            var score = platform == 3 ? (language == 0x409 ? 3 : 2) : platform == 1 && language == 0 ? 1 : 0;
            if (score > bestScore && score > 0)
            {
                best = platform == 3 ? Encoding.BigEndianUnicode.GetString(name, start, length) : Encoding.Latin1.GetString(name, start, length);
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>OS/2 usWeightClass (400 regular, 700 bold), or 400.</summary>
    public int Weight => _tables.TryGetValue("OS/2", out var os2) && os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4)) : 400;

    /// <summary>OS/2 usWidthClass (5 normal, below condensed, above expanded), or 5.</summary>
    public int WidthClass => _tables.TryGetValue("OS/2", out var os2) && os2.Length >= 8 ? BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(6)) : 5;

    /// <summary>True when head.macStyle or OS/2.fsSelection marks the face italic.</summary>
    public bool Italic =>
        (_tables.TryGetValue("head", out var head) && head.Length >= 46 && (BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(44)) & 2) != 0)
        || (_tables.TryGetValue("OS/2", out var os2) && os2.Length >= 64 && (BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62)) & 1) != 0);

    /// <summary>head.xMin, yMin, xMax, yMax in font units.</summary>
    public (short XMin, short YMin, short XMax, short YMax) BoundingBox =>
        _tables.TryGetValue("head", out var head) && head.Length >= 44
            ? (BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(36)), BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(38)),
               BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(40)), BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(42)))
            : ((short)0, (short)-200, (short)1000, (short)900);

    /// <summary>post.italicAngle in degrees.</summary>
    public double ItalicAngle =>
        _tables.TryGetValue("post", out var post) && post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post.AsSpan(4)) / 65536.0 : 0;

    /// <summary>True when post.isFixedPitch says the face is monospaced.</summary>
    public bool FixedPitch => _tables.TryGetValue("post", out var post) && post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post.AsSpan(12)) != 0;

    /// <summary>OS/2.sCapHeight in font units, or null when the table is too old to have it.</summary>
    public short? CapHeight => _tables.TryGetValue("OS/2", out var os2) && os2.Length >= 90 ? BinaryPrimitives.ReadInt16BigEndian(os2.AsSpan(88)) : null;

    private static byte[] ReadAt(Stream stream, long offset, int length)
    {
        var buffer = new byte[length];
        stream.Seek(offset, SeekOrigin.Begin);
        stream.ReadExactly(buffer);
        return buffer;
    }
}
