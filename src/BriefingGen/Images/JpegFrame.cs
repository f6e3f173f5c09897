using System.Buffers.Binary;

namespace BriefingGen.Images;

/// <summary>
/// A JPEG's start-of-frame header (ITU T.81 §B.2.2), checked as libjpeg checks it (jdmarker.c,
/// jdinput.c), with the block geometry the entropy decoder walks: MCUs across and down for
/// interleaved scans, blocks across and down per component for the others.
/// </summary>
internal sealed record JpegFrame(int Width, int Height, bool Progressive, IReadOnlyList<JpegComponent> Components)
{
    /// <summary>The largest horizontal sampling factor.</summary>
    public int MaxH => Components.Max(c => c.H);

    /// <summary>The largest vertical sampling factor.</summary>
    public int MaxV => Components.Max(c => c.V);

    /// <summary>MCUs in a row of an interleaved scan.</summary>
    public int McusAcross => Ceiling(Width, 8 * MaxH);

    /// <summary>Rows of MCUs in an interleaved scan.</summary>
    public int McusDown => Ceiling(Height, 8 * MaxV);

    /// <summary>Blocks in a row of component <paramref name="c"/> alone (a non-interleaved scan).</summary>
    public int BlocksAcross(int c) => Ceiling((long)Width * Components[c].H, 8 * MaxH);

    /// <summary>Rows of blocks of component <paramref name="c"/> alone.</summary>
    public int BlocksDown(int c) => Ceiling((long)Height * Components[c].V, 8 * MaxV);

    /// <summary>Reads an SOF segment's data: 8-bit samples, a size, and 1, 3 or 4 components whose sampling readers support.</summary>
    /// <exception cref="UnusableImageException">The header is malformed, or describes what readers cannot show.</exception>
    public static JpegFrame Read(ReadOnlySpan<byte> data, bool progressive)
    {
        if (data.Length < 6)
        {
            throw UnusableImageException.Damaged("its frame header (SOF) is cut short");
        }

        var (precision, height, width, count) = (data[0], BinaryPrimitives.ReadUInt16BigEndian(data[1..]), BinaryPrimitives.ReadUInt16BigEndian(data[3..]), data[5]);
        if (data.Length != 6 + (3 * count))
        {
            throw UnusableImageException.Damaged($"its frame header (SOF) is {data.Length + 2} bytes long, not the {8 + (3 * count)} its {count} components need");
        }

        if (precision != 8)
        {
            throw UnusableImageException.Unsupported($"it has {precision}-bit samples; PDF readers show only 8-bit JPEGs");
        }

        if (count is not (1 or 3 or 4))
        {
            throw count == 0
                ? UnusableImageException.Damaged("its frame header (SOF) has no colour components")
                : UnusableImageException.Unsupported($"it has {count} colour components; only grey (1), colour (3) and CMYK (4) JPEGs can be used");
        }

        if (height == 0)
        {
            throw UnusableImageException.Unsupported("it gives its height after the image data (DNL marker); save it again");
        }

        if (width == 0)
        {
            throw UnusableImageException.Damaged("its frame header says it is 0 pixels wide");
        }

        var components = new List<JpegComponent>();
        for (var i = 0; i < count; i++)
        {
            var (id, sampling, table) = (data[6 + (3 * i)], data[7 + (3 * i)], data[8 + (3 * i)]);
            var (h, v) = (sampling >> 4, sampling & 15);
            if (h is < 1 or > 4 || v is < 1 or > 4 || table > 3)
            {
                throw UnusableImageException.Damaged($"its frame header gives component {i + 1} sampling {h} × {v} and table {table}; JPEG allows 1–4 and 0–3");
            }

            if (components.Any(c => c.Id == id))
            {
                throw UnusableImageException.Damaged($"its frame header names component {id} twice");
            }

            components.Add(new JpegComponent(id, h, v, table));
        }

        var frame = new JpegFrame(width, height, progressive, components);
        if (components.Any(c => frame.MaxH % c.H != 0 || frame.MaxV % c.V != 0))
        {
            throw UnusableImageException.Unsupported("its colour components are subsampled by fractions, which readers do not support");
        }

        return frame;
    }

    private static int Ceiling(long a, long b) => (int)((a + b - 1) / b);
}
