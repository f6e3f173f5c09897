using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefingGen.Pdf.Writing;

/// <summary>A PNG decoded to 8-bit samples: colour (1 or 3 channels) and, when it has one, alpha.</summary>
internal sealed record PngPixels(int Width, int Height, int Channels, byte[] Color, byte[]? Alpha)
{
    /// <summary>Decodes a non-interlaced 8-bit PNG of any colour type (PNG spec §6, §9 filters).</summary>
    public static PngPixels Decode(byte[] png)
    {
        int width = 0, height = 0, depth = 0, type = 0, interlace = 0;
        byte[] palette = [], transparency = [];
        using var idat = new MemoryStream();
        for (var i = 8; i + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(i));
            var kind = System.Text.Encoding.ASCII.GetString(png, i + 4, 4);
            var data = png.AsSpan(i + 8, Math.Min(length, png.Length - i - 8));
            switch (kind)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    (depth, type, interlace) = (data[8], data[9], data[12]);
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            i += 12 + length;
        }

        if (depth != 8 || interlace != 0)
        {
            throw new NotSupportedException($"PNG with bit depth {depth}{(interlace != 0 ? ", interlaced" : "")} is not supported; save it as a non-interlaced 8-bit PNG");
        }

        var samples = type switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {type} is not supported") };
        var raw = Unfilter(Inflate(idat.ToArray()), width, height, samples);
        var pixels = width * height;
        var channels = type is 0 or 4 ? 1 : 3;
        var color = new byte[pixels * channels];
        var alpha = type is 4 or 6 || (type == 3 && transparency.Length > 0) ? new byte[pixels] : null;
        for (var p = 0; p < pixels; p++)
        {
            switch (type)
            {
                case 3:
                    var index = raw[p];
                    for (var c = 0; c < 3; c++)
                    {
                        color[(p * 3) + c] = 3 * index + c < palette.Length ? palette[(3 * index) + c] : (byte)0;
                    }

                    if (alpha is not null)
                    {
                        alpha[p] = index < transparency.Length ? transparency[index] : (byte)255;
                    }

                    break;
                default:
                    for (var c = 0; c < channels; c++)
                    {
                        color[(p * channels) + c] = raw[(p * samples) + c];
                    }

                    if (alpha is not null)
                    {
                        alpha[p] = raw[(p * samples) + samples - 1];
                    }

                    break;
            }
        }

        return new PngPixels(width, height, channels, color, alpha);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Reverses the per-row filters (None, Sub, Up, Average, Paeth).</summary>
    private static byte[] Unfilter(byte[] data, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var source = data.AsSpan((y * (stride + 1)) + 1, stride);
            var row = result.AsSpan(y * stride, stride);
            var previous = y > 0 ? result.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var x = 0; x < stride; x++)
            {
                var left = x >= bytesPerPixel ? row[x - bytesPerPixel] : 0;
                var up = previous[x];
                var upLeft = x >= bytesPerPixel ? previous[x - bytesPerPixel] : 0;
                row[x] = (byte)(source[x] + filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
