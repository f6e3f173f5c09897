using System.IO.Compression;

namespace BriefingGen.Pdf.Writing;

/// <summary>The FlateDecode filter's encoder (ISO 32000-1 §7.4.4): zlib-wrapped deflate.</summary>
internal static class Flate
{
    /// <summary>
    /// The settings tried, smallest output kept. zlib's default strategy suits font programs and
    /// dictionaries; the filtered strategy, which prefers Huffman codes to short matches, suits
    /// content streams, which are mostly short numbers, by about 5%.
    /// </summary>
    private static readonly ZLibCompressionOptions[] Candidates =
    [
        new() { CompressionLevel = 9, CompressionStrategy = ZLibCompressionStrategy.Default },
        new() { CompressionLevel = 9, CompressionStrategy = ZLibCompressionStrategy.Filtered },
    ];

    /// <summary>Compresses <paramref name="data"/> as tightly as zlib can: a paper is written once and read many times.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        byte[]? best = null;
        foreach (var options in Candidates)
        {
            var compressed = Encode(data, options);
            if (best is null || compressed.Length < best.Length)
            {
                best = compressed;
            }
        }

        return best!;
    }

    private static byte[] Encode(ReadOnlySpan<byte> data, ZLibCompressionOptions options)
    {
        using var buffer = new MemoryStream(data.Length / 4 + 64);
        using (var zlib = new ZLibStream(buffer, options, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }
}
