using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefingGen.Images;

/// <summary>
/// Writes 8-bit RGBA pixels as a PNG file (PNG spec §11): IHDR, the rows each with the Sub filter
/// (neighbouring pixels of drawn pictures are alike, which deflate then packs well) in one zlib
/// IDAT chunk, and IEND. Nothing varies between runs: no time, no text chunks.
/// </summary>
internal static class PngWriter
{
    /// <summary>The PNG file of <paramref name="rgba"/>, <paramref name="width"/> × <paramref name="height"/> pixels, rows top to bottom.</summary>
    public static byte[] Write(ReadOnlySpan<byte> rgba, int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type: RGBA
        Chunk(output, "IHDR"u8, header);

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var stride = width * 4;
            var row = new byte[stride + 1];
            row[0] = 1; // the Sub filter: each byte less the same byte of the pixel to its left
            for (var y = 0; y < height; y++)
            {
                var line = rgba.Slice(y * stride, stride);
                for (var i = 0; i < stride; i++)
                {
                    row[i + 1] = (byte)(line[i] - (i >= 4 ? line[i - 4] : 0));
                }

                zlib.Write(row);
            }
        }

        Chunk(output, "IDAT"u8, compressed.ToArray());
        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Chunk(MemoryStream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typed = new byte[4 + data.Length];
        type.CopyTo(typed);
        data.CopyTo(typed.AsSpan(4));
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Of(typed));
        output.Write(number);
    }
}
