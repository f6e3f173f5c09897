using System.IO.Compression;

namespace BriefingGen.Images;

/// <summary>
/// Inflates a PNG's image data and undoes each row's filter (PNG spec §9), handing over one row at
/// a time, so memory stays at two rows whatever the size. Inflation stops at exactly the bytes the
/// header's size implies: a decompression bomb never inflates further than a picture of its size,
/// which <see cref="ImageLimits"/> has already bounded. Undoing a filter cannot fail — the filters
/// are sums modulo 256 — so a check that the data inflates to the right length and that every
/// row names one of the five filters proves the rows decode, without the work of undoing them.
/// </summary>
internal static class PngScanlines
{
    /// <summary>
    /// Called with each row, unfiltered, of each pass: the pass's index, the row's index in it, and
    /// the row as read, its filter byte first (valid until the next call).
    /// </summary>
    public delegate void RowAction(int pass, int y, byte[] row);

    /// <summary>Reads every row of <paramref name="png"/>'s image data, in file order, and hands it to <paramref name="action"/> unfiltered.</summary>
    /// <exception cref="UnusableImageException">The data is corrupt, too short, or a row's filter is unknown.</exception>
    public static void Read(ReadOnlyMemory<byte> png, PngStructure structure, RowAction action) => Read(png, structure, action, unfilter: true);

    /// <summary>Proves every row of <paramref name="png"/>'s image data is there and names a known filter.</summary>
    /// <exception cref="UnusableImageException">The data is corrupt, too short, or a row's filter is unknown.</exception>
    public static void Check(ReadOnlyMemory<byte> png, PngStructure structure) => Read(png, structure, static (_, _, _) => { }, unfilter: false);

    private static void Read(ReadOnlyMemory<byte> png, PngStructure structure, RowAction action, bool unfilter)
    {
        var header = structure.Header;
        using var zlib = new ZLibStream(new IdatStream(png, structure.Data), CompressionMode.Decompress);
        try
        {
            var passes = Adam7.For(header);
            for (var p = 0; p < passes.Count; p++)
            {
                var (width, height) = (passes[p].Width(header.Width), passes[p].Height(header.Height));
                if (width == 0 || height == 0)
                {
                    continue; // §8.2: an empty pass has no rows, not even filter bytes
                }

                var stride = (int)header.RowBytes(width);
                var current = new byte[stride + 1];
                var previous = new byte[stride + 1];
                for (var y = 0; y < height; y++)
                {
                    zlib.ReadExactly(current);
                    if (current[0] > 4)
                    {
                        throw UnusableImageException.Damaged($"row {y + 1} of its image data names filter {current[0]}; PNG has filters 0 to 4");
                    }

                    if (unfilter)
                    {
                        Unfilter(current, previous, header.FilterStep);
                    }

                    action(p, y, current);
                    (current, previous) = (previous, current);
                }
            }

            // Reading on to the end makes zlib check its Adler-32 sum; data beyond the picture's size
            // is not inflated (the bound), and ignored, as libpng does.
            Span<byte> probe = stackalloc byte[1];
            _ = zlib.Read(probe);
        }
        catch (EndOfStreamException)
        {
            throw UnusableImageException.Damaged("the data ends before the image does (truncated?)");
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // zlib's errors: corrupt data, a bad Adler-32, a preset dictionary PNG does not allow (ZLibException).
            throw UnusableImageException.Damaged("its compressed image data (zlib) is corrupt");
        }
    }

    /// <summary>
    /// Undoes the filter named by <paramref name="row"/>[0] on the rest of it, in place, given the
    /// row above it, already unfiltered. Written on arrays with the predictors inline: this loop
    /// touches every byte of every picture twice a run, and must be quick in debug builds too.
    /// </summary>
    private static void Unfilter(byte[] row, byte[] above, int step)
    {
        var length = row.Length;
        switch (row[0])
        {
            case 0:
                break;
            case 1:
                for (var x = 1 + step; x < length; x++)
                {
                    row[x] += row[x - step];
                }

                break;
            case 2:
                for (var x = 1; x < length; x++)
                {
                    row[x] += above[x];
                }

                break;
            case 3:
                for (var x = 1; x < length; x++)
                {
                    row[x] += (byte)(((x > step ? row[x - step] : 0) + above[x]) >> 1);
                }

                break;
            case 4:
                for (var x = 1; x <= step && x < length; x++)
                {
                    row[x] += above[x]; // no left neighbours: Paeth picks the one above
                }

                for (var x = 1 + step; x < length; x++)
                {
                    int left = row[x - step], up = above[x], upLeft = above[x - step];
                    int pa = up - upLeft, pb = left - upLeft;
                    int pc = pa + pb;
                    pa = pa < 0 ? -pa : pa;
                    pb = pb < 0 ? -pb : pb;
                    pc = pc < 0 ? -pc : pc;
                    row[x] += (byte)(pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
                }

                break;
        }
    }
}
