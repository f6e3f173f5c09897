using System.Buffers.Binary;

namespace BriefingGen.Images;

/// <summary>
/// Turns a PNG's unfiltered rows into 8-bit samples: grey for the grey colour types, RGB for the
/// others (palette entries looked up), and alpha from the alpha channel or the tRNS chunk. Bit
/// depths below 8 are scaled up, 16-bit samples rounded to the nearest 8-bit value. The common
/// layouts have loops of their own: a picture of 40 megapixels passes through here twice a run.
/// </summary>
internal sealed class PngSamples
{
    /// <summary>Every 16-bit value rounded to 8 bits, round(v × 255 / 65535) = round(v / 257): a look-up is the quickest way in any build.</summary>
    private static readonly byte[] Round16 = [.. Enumerable.Range(0, 65536).Select(v => (byte)((v + 128) / 257))];

    private readonly PngHeader _header;
    private readonly byte[] _palette = new byte[3 * 256];
    private readonly byte[] _paletteAlpha = new byte[256];
    private readonly int[]? _transparent;

    /// <summary>Prepares to convert rows of <paramref name="png"/>.</summary>
    public PngSamples(PngStructure png)
    {
        _header = png.Header;
        var transparency = png.Transparency.Span;
        png.Palette.Span.CopyTo(_palette); // entries beyond the palette stay black, as libpng shows them
        _paletteAlpha.AsSpan().Fill(255);
        if (_header.ColorType == PngColorType.Palette)
        {
            transparency.CopyTo(_paletteAlpha);
        }
        else if (transparency.Length > 0)
        {
            _transparent = new int[transparency.Length / 2];
            for (var i = 0; i < _transparent.Length; i++)
            {
                _transparent[i] = BinaryPrimitives.ReadUInt16BigEndian(transparency[(2 * i)..]);
            }
        }

        HasAlpha = _header.HasAlphaChannel || transparency.Length > 0;
    }

    /// <summary>1 for the grey colour types, 3 for the others.</summary>
    public int ColorChannels => _header.ColorType is PngColorType.Grey or PngColorType.GreyAlpha ? 1 : 3;

    /// <summary>True when the picture has an alpha channel or a tRNS chunk.</summary>
    public bool HasAlpha { get; }

    /// <summary>
    /// Converts a row of <paramref name="width"/> pixels into <paramref name="color"/> and, when
    /// the picture has alpha, <paramref name="alpha"/>. <paramref name="row"/> is the scanline as
    /// read, its filter byte first; arrays rather than spans keep these loops quick in debug builds.
    /// </summary>
    public void Convert(byte[] row, int width, byte[] color, byte[] alpha)
    {
        var (depth, samples) = (_header.BitDepth, _header.Samples);
        var count = width * samples;
        switch (_header.ColorType)
        {
            case PngColorType.Palette:
                for (var x = 0; x < width; x++)
                {
                    var index = depth == 8 ? row[1 + x] : Small(row, x, depth);
                    color[3 * x] = _palette[3 * index];
                    color[(3 * x) + 1] = _palette[(3 * index) + 1];
                    color[(3 * x) + 2] = _palette[(3 * index) + 2];
                    if (HasAlpha)
                    {
                        alpha[x] = _paletteAlpha[index];
                    }
                }

                return;
            case PngColorType.Grey or PngColorType.Rgb:
                if (depth == 8)
                {
                    Array.Copy(row, 1, color, 0, count);
                }
                else if (depth == 16)
                {
                    for (var i = 0; i < count; i++)
                    {
                        color[i] = Round16[(row[1 + (2 * i)] << 8) | row[2 + (2 * i)]];
                    }
                }
                else
                {
                    var max = (1 << depth) - 1;
                    for (var i = 0; i < count; i++)
                    {
                        color[i] = (byte)(Small(row, i, depth) * 255 / max);
                    }
                }

                if (_transparent is not null)
                {
                    ColorKey(row, width, alpha);
                }

                return;
            case PngColorType.GreyAlpha or PngColorType.Rgba when depth == 8:
                for (int x = 0, i = 1, o = 0; x < width; x++)
                {
                    for (var c = 1; c < samples; c++)
                    {
                        color[o++] = row[i++];
                    }

                    alpha[x] = row[i++];
                }

                return;
            default:
                for (int x = 0, i = 1, o = 0; x < width; x++)
                {
                    for (var c = 1; c < samples; c++, i += 2)
                    {
                        color[o++] = Round16[(row[i] << 8) | row[i + 1]];
                    }

                    alpha[x] = Round16[(row[i] << 8) | row[i + 1]];
                    i += 2;
                }

                return;
        }
    }

    /// <summary>tRNS for grey and RGB: a pixel whose samples, at full depth, all equal the chunk's is transparent.</summary>
    private void ColorKey(byte[] row, int width, byte[] alpha)
    {
        var (depth, samples) = (_header.BitDepth, _header.Samples);
        for (var x = 0; x < width; x++)
        {
            var transparent = true;
            for (var c = 0; c < samples && transparent; c++)
            {
                var i = (x * samples) + c;
                var value = depth switch { 8 => row[1 + i], 16 => (row[1 + (2 * i)] << 8) | row[2 + (2 * i)], _ => Small(row, i, depth) };
                transparent = value == _transparent![c];
            }

            alpha[x] = transparent ? (byte)0 : (byte)255;
        }
    }

    /// <summary>Sample <paramref name="i"/> of a row of 1, 2 or 4-bit samples, packed from the high bit, after the filter byte.</summary>
    private static int Small(byte[] row, int i, int depth) =>
        (row[1 + ((i * depth) >> 3)] >> (8 - depth - ((i * depth) & 7))) & ((1 << depth) - 1);
}
