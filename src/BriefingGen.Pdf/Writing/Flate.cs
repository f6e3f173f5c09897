using System.IO.Compression;
using BriefingGen.IO;

namespace BriefingGen.Pdf.Writing;

/// <summary>The FlateDecode filter's encoder (ISO 32000-1 §7.4.4): zlib-wrapped deflate.</summary>
internal static class Flate
{
    /// <summary>
    /// zlib's tightest level with its default strategy, for what is compressed once and kept (the
    /// subset font programs). Content streams written as one TJ array per line compress best with
    /// the default strategy too (the filtered one, which suited a text object per word, now loses
    /// by a fraction of a percent), so each stream is compressed once.
    /// </summary>
    private static readonly ZLibCompressionOptions Tightest = new() { CompressionLevel = 9, CompressionStrategy = ZLibCompressionStrategy.Default };

    /// <summary>
    /// zlib's default level, for what each paper compresses afresh (content streams, object streams,
    /// the structure tree): on the sample it makes the file 0.4 % larger than the tightest level
    /// and takes about a third less time, which a batch or a server spends on every paper.
    /// </summary>
    private static readonly ZLibCompressionOptions Default = new() { CompressionLevel = 6, CompressionStrategy = ZLibCompressionStrategy.Default };

    /// <summary>Compresses <paramref name="data"/>, written for one paper, at zlib's default level.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data) => Encode(data, [], Default);

    /// <summary>Compresses <paramref name="first"/> followed by <paramref name="second"/> as one stream, at zlib's default level, without joining them first.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) => Encode(first, second, Default);

    /// <summary>Compresses <paramref name="data"/> as tightly as zlib can, for what is compressed once and then kept.</summary>
    public static byte[] EncodeTightest(ReadOnlySpan<byte> data) => Encode(data, [], Tightest);

    private static byte[] Encode(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ZLibCompressionOptions options)
    {
        using var buffer = PooledStreams.Get();
        using (var zlib = new ZLibStream(buffer, options, leaveOpen: true))
        {
            zlib.Write(first);
            zlib.Write(second);
        }

        return PooledStreams.ToArray(buffer);
    }
}
