using System.Buffers.Binary;

namespace BriefingGen.Images;

/// <summary>
/// A PNG's IHDR chunk (PNG spec §11.2.2), checked: a size, a bit depth allowed for the colour
/// type, compression and filter method 0, and no interlacing or Adam7. Everything the decoder
/// sizes its rows by comes from here.
/// </summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, PngColorType ColorType, bool Interlaced)
{
    /// <summary>Samples in one pixel: 1 (grey, palette), 2 (grey and alpha), 3 (RGB) or 4 (RGBA).</summary>
    public int Samples => ColorType switch
    {
        PngColorType.Rgb => 3,
        PngColorType.GreyAlpha => 2,
        PngColorType.Rgba => 4,
        _ => 1,
    };

    /// <summary>Bits in one pixel.</summary>
    public int BitsPerPixel => Samples * BitDepth;

    /// <summary>The distance, in bytes, the Sub, Average and Paeth filters look back (PNG spec §9.2): at least one.</summary>
    public int FilterStep => Math.Max(1, BitsPerPixel / 8);

    /// <summary>True when the pixels carry an alpha sample.</summary>
    public bool HasAlphaChannel => ColorType is PngColorType.GreyAlpha or PngColorType.Rgba;

    /// <summary>Bytes in one row of <paramref name="width"/> pixels, without its filter byte.</summary>
    public long RowBytes(long width) => ((width * BitsPerPixel) + 7) / 8;

    /// <summary>Reads and checks the 13 bytes of IHDR's data.</summary>
    /// <exception cref="UnusableImageException">A field holds a value the spec does not allow.</exception>
    public static PngHeader Read(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
        {
            throw UnusableImageException.Damaged($"its header chunk (IHDR) is {data.Length} bytes long instead of 13");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        if (width == 0 || height == 0)
        {
            throw UnusableImageException.Damaged($"its header says it is {width} × {height} pixels, which is no picture at all");
        }

        if (width > int.MaxValue || height > int.MaxValue)
        {
            throw UnusableImageException.Damaged($"its header says it is {width} × {height} pixels, more than PNG allows (2³¹ − 1 each way)");
        }

        var (depth, type) = (data[8], data[9]);
        var allowed = type switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => throw UnusableImageException.Damaged($"its header names colour type {type}, which PNG does not have"),
        };
        if (!allowed)
        {
            throw UnusableImageException.Damaged($"its header combines colour type {type} with bit depth {depth}, which PNG does not allow");
        }

        if (data[10] != 0 || data[11] != 0)
        {
            throw UnusableImageException.Damaged($"its header names compression method {data[10]} and filter method {data[11]}; PNG has only method 0 of each");
        }

        if (data[12] > 1)
        {
            throw UnusableImageException.Damaged($"its header names interlace method {data[12]}; PNG has only 0 (none) and 1 (Adam7)");
        }

        return new PngHeader((int)width, (int)height, depth, (PngColorType)type, data[12] == 1);
    }
}
