namespace BriefingGen.Images;

/// <summary>
/// The Huffman and quantisation tables in force at a point of a JPEG (ITU T.81 §B.2.4): a DHT or
/// DQT segment may define several and later ones replace earlier ones of the same number.
/// </summary>
internal sealed class JpegTables
{
    private readonly JpegHuffmanTable?[] _dc = new JpegHuffmanTable?[4];
    private readonly JpegHuffmanTable?[] _ac = new JpegHuffmanTable?[4];
    private readonly bool[] _quantisation = new bool[4];

    /// <summary>DC Huffman table <paramref name="id"/> (0–3), or null when none is defined yet.</summary>
    public JpegHuffmanTable? Dc(int id) => _dc[id];

    /// <summary>AC Huffman table <paramref name="id"/> (0–3), or null when none is defined yet.</summary>
    public JpegHuffmanTable? Ac(int id) => _ac[id];

    /// <summary>True once quantisation table <paramref name="id"/> (0–3) is defined.</summary>
    public bool HasQuantisation(int id) => _quantisation[id];

    /// <summary>Reads a DHT segment's tables.</summary>
    public void ReadHuffman(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            var (kind, id) = (data[0] >> 4, data[0] & 15);
            if (kind > 1 || id > 3)
            {
                throw UnusableImageException.Damaged($"a Huffman table (DHT) has class {kind} and number {id}; JPEG allows 0–1 and 0–3");
            }

            var (table, length) = JpegHuffmanTable.Read(data[1..], isDc: kind == 0);
            (kind == 0 ? _dc : _ac)[id] = table;
            data = data[(1 + length)..];
        }
    }

    /// <summary>Reads a DQT segment's tables: only their number and length matter to a check.</summary>
    public void ReadQuantisation(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            var (precision, id) = (data[0] >> 4, data[0] & 15);
            var size = precision == 0 ? 64 : 128;
            if (precision > 1 || id > 3)
            {
                throw UnusableImageException.Damaged($"a quantisation table (DQT) has precision {precision} and number {id}; JPEG allows 0–1 and 0–3");
            }

            if (data.Length < 1 + size)
            {
                throw UnusableImageException.Damaged("a quantisation table (DQT) is cut short");
            }

            _quantisation[id] = true;
            data = data[(1 + size)..];
        }
    }
}
