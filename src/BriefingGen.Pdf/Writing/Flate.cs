using System.IO.Compression;
using BriefingGen.IO;

namespace BriefingGen.Pdf.Writing;

/// <summary>The FlateDecode filter's encoder (ISO 32000-1 §7.4.4): zlib-wrapped deflate.</summary>
internal static class Flate
{
    /// <summary>
    /// zlib's tightest level with its default strategy. Content streams written as one TJ array
    /// per line compress best this way too (the filtered strategy, which suited a text object per
    /// word, now loses by a fraction of a percent), so each stream is compressed once.
    /// </summary>
    private static readonly ZLibCompressionOptions Tightest = new() { CompressionLevel = 9, CompressionStrategy = ZLibCompressionStrategy.Default };

    /// <summary>Compresses <paramref name="data"/> as tightly as zlib can: a paper is written once and read many times.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data) => Encode(data, Tightest);

    private static byte[] Encode(ReadOnlySpan<byte> data, ZLibCompressionOptions options)
    {
        using var buffer = PooledStreams.Get();
        using (var zlib = new ZLibStream(buffer, options, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return PooledStreams.ToArray(buffer);
    }
}
