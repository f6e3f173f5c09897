namespace BriefingGen.Images;

/// <summary>
/// The CRC-32 of PNG chunks (PNG spec §5.5; the same polynomial as zlib's), by table. The framework
/// has one only in a separate package (System.IO.Hashing), too much for sixteen lines.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] Table = Build();

    /// <summary>The CRC of <paramref name="data"/>.</summary>
    public static uint Of(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] Build()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
