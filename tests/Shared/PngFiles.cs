using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BriefingGen.Testing;

/// <summary>
/// PNG files built in code, from the spec, for the picture tests: every colour type and bit depth,
/// Adam7 interlacing, all five row filters, the image data split over several chunks, palettes and
/// transparency; and the pieces to damage them with (chunks with or without a right CRC).
/// </summary>
internal static class PngFiles
{
    /// <summary>The colour types with the bit depths PNG allows for each.</summary>
    public static readonly (int ColorType, int[] Depths)[] Kinds =
    [
        (0, [1, 2, 4, 8, 16]), (2, [8, 16]), (3, [1, 2, 4, 8]), (4, [8, 16]), (6, [8, 16]),
    ];

    private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
    [
        (0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2),
    ];

    /// <summary>Samples a pixel has in each colour type.</summary>
    public static int Samples(int colorType) => colorType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    /// <summary>The test pattern: sample <paramref name="c"/> of pixel (<paramref name="x"/>, <paramref name="y"/>) at <paramref name="depth"/> bits.</summary>
    public static int Pattern(int x, int y, int c, int depth) =>
        depth == 16 ? ((x * 4099) + (y * 257) + (c * 12345)) & 0xFFFF : ((x * 7) + (y * 3) + (c * 5)) & ((1 << depth) - 1);

    /// <summary>A palette of <paramref name="count"/> distinct colours.</summary>
    public static byte[] Palette(int count) => [.. Enumerable.Range(0, count).SelectMany(i => new[] { (byte)(i * 37), (byte)(255 - i), (byte)(i * 11) })];

    /// <summary>A whole PNG of the test pattern.</summary>
    /// <param name="width">Pixels across.</param>
    /// <param name="height">Pixels down.</param>
    /// <param name="colorType">0, 2, 3, 4 or 6.</param>
    /// <param name="depth">Bits a sample.</param>
    /// <param name="interlaced">Adam7 when true.</param>
    /// <param name="transparency">The tRNS chunk's data, or null for none.</param>
    /// <param name="pieces">How many IDAT chunks the data is split over.</param>
    public static byte[] Build(int width, int height, int colorType, int depth, bool interlaced = false, byte[]? transparency = null, int pieces = 1)
    {
        var chunks = new List<byte[]> { Chunk("IHDR", Header(width, height, depth, colorType, interlaced ? 1 : 0)) };
        if (colorType == 3)
        {
            chunks.Add(Chunk("PLTE", Palette(1 << depth)));
        }

        if (transparency is not null)
        {
            chunks.Add(Chunk("tRNS", transparency));
        }

        var data = Zlib(Scanlines(width, height, colorType, depth, interlaced));
        var size = (data.Length + pieces - 1) / pieces;
        for (var at = 0; at < data.Length; at += size)
        {
            chunks.Add(Chunk("IDAT", data.AsSpan(at, Math.Min(size, data.Length - at))));
        }

        chunks.Add(Chunk("IEND", []));
        return Assemble(chunks);
    }

    /// <summary>The signature followed by <paramref name="chunks"/>.</summary>
    public static byte[] Assemble(IEnumerable<byte[]> chunks) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. chunks.SelectMany(c => c)];

    /// <summary>IHDR's 13 bytes.</summary>
    public static byte[] Header(long width, long height, int depth, int colorType, int interlace = 0)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(data, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), (uint)height);
        (data[8], data[9], data[12]) = ((byte)depth, (byte)colorType, (byte)interlace);
        return data;
    }

    /// <summary>A chunk: length, type, data and CRC (a wrong one when <paramref name="crc"/> is given).</summary>
    public static byte[] Chunk(string type, ReadOnlySpan<byte> data, uint? crc = null)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), crc ?? Crc(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>Where each chunk of <paramref name="png"/> starts, with its type and data length.</summary>
    public static List<(string Type, int Offset, int Length)> Chunks(byte[] png)
    {
        var list = new List<(string, int, int)>();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            list.Add((Encoding.ASCII.GetString(png, at + 4, 4), at, length));
            at += 12 + length;
        }

        return list;
    }

    /// <summary>zlib-compressed <paramref name="raw"/>.</summary>
    public static byte[] Zlib(ReadOnlySpan<byte> raw)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return buffer.ToArray();
    }

    /// <summary>The filtered rows of the test pattern, pass by pass; row r uses filter r mod 5.</summary>
    public static byte[] Scanlines(int width, int height, int colorType, int depth, bool interlaced)
    {
        var output = new MemoryStream();
        var row = 0;
        foreach (var (x0, y0, dx, dy) in interlaced ? Adam7 : [(0, 0, 1, 1)])
        {
            var passWidth = width > x0 ? (width - x0 + dx - 1) / dx : 0;
            var passHeight = height > y0 ? (height - y0 + dy - 1) / dy : 0;
            if (passWidth == 0 || passHeight == 0)
            {
                continue;
            }

            var bits = Samples(colorType) * depth;
            var stride = ((passWidth * bits) + 7) / 8;
            var previous = new byte[stride];
            for (var py = 0; py < passHeight; py++, row++)
            {
                var raw = new byte[stride];
                for (var px = 0; px < passWidth; px++)
                {
                    for (var c = 0; c < Samples(colorType); c++)
                    {
                        Put(raw, (px * Samples(colorType)) + c, depth, Pattern(x0 + (px * dx), y0 + (py * dy), c, depth));
                    }
                }

                var filter = row % 5;
                output.WriteByte((byte)filter);
                output.Write(Filter(filter, raw, previous, Math.Max(1, bits / 8)));
                previous = raw;
            }
        }

        return output.ToArray();
    }

    /// <summary>The CRC-32 of PNG (ISO 3309), bit by bit: slow and plainly right.</summary>
    public static uint Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Put(byte[] row, int index, int depth, int value)
    {
        if (depth == 16)
        {
            BinaryPrimitives.WriteUInt16BigEndian(row.AsSpan(index * 2), (ushort)value);
        }
        else if (depth == 8)
        {
            row[index] = (byte)value;
        }
        else
        {
            var bit = index * depth;
            row[bit / 8] |= (byte)(value << (8 - depth - (bit % 8)));
        }
    }

    private static byte[] Filter(int filter, byte[] raw, byte[] previous, int step)
    {
        var output = new byte[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            int left = i >= step ? raw[i - step] : 0, up = previous[i], upLeft = i >= step ? previous[i - step] : 0;
            var predictor = filter switch
            {
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => 0,
            };
            output[i] = (byte)(raw[i] - predictor);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
