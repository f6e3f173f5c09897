namespace BriefingGen.Images;

/// <summary>
/// Checks and decodes PNG files of every colour type and bit depth, plain or Adam7-interlaced.
/// <see cref="Check"/> proves a file decodes — every chunk, the header against the limits, then
/// every row inflated and its filter known — before it is accepted; <see cref="Decode"/> reads it
/// again with the same code to hand a renderer 8-bit rows, so a file that passed the check cannot
/// fail there.
/// </summary>
internal static class PngDecoder
{
    /// <summary>Proves <paramref name="png"/> decodes within <paramref name="limits"/>; keeps no pixels.</summary>
    /// <exception cref="UnusableImageException">It does not, and why.</exception>
    public static PngHeader Check(ReadOnlyMemory<byte> png, ImageLimits limits)
    {
        var structure = PngStructure.Read(png);
        limits.CheckSize(structure.Header.Width, structure.Header.Height);
        PngScanlines.Check(png, structure);
        return structure.Header;
    }

    /// <summary>Decodes <paramref name="png"/> into <paramref name="rows"/>, top to bottom.</summary>
    /// <exception cref="UnusableImageException">The file is damaged (never for one <see cref="Check"/> accepted).</exception>
    public static void Decode(ReadOnlyMemory<byte> png, IPixelRows rows)
    {
        var structure = PngStructure.Read(png);
        var header = structure.Header;
        var samples = new PngSamples(structure);
        var (width, channels, hasAlpha) = (header.Width, samples.ColorChannels, samples.HasAlpha);
        rows.Begin(width, header.Height, channels, hasAlpha);
        var color = new byte[width * channels];
        var alpha = new byte[hasAlpha ? width : 0];
        if (!header.Interlaced)
        {
            PngScanlines.Read(png, structure, (_, _, row) =>
            {
                samples.Convert(row, width, color, alpha);
                rows.Row(color, alpha);
            });
            return;
        }

        // Adam7 spreads each row over seven passes, so the whole picture is gathered first.
        var colorPlane = new byte[(long)width * header.Height * channels];
        var alphaPlane = new byte[hasAlpha ? (long)width * header.Height : 0];
        var passes = Adam7.Passes;
        PngScanlines.Read(png, structure, (p, y, row) =>
        {
            var pass = passes[p];
            var passWidth = pass.Width(width);
            samples.Convert(row, passWidth, color, alpha);
            var line = (long)(pass.Y + (y * pass.StepY)) * width;
            for (int i = 0, x = pass.X; i < passWidth; i++, x += pass.StepX)
            {
                var to = (line + x) * channels;
                for (var c = 0; c < channels; c++)
                {
                    colorPlane[to + c] = color[(i * channels) + c];
                }

                if (hasAlpha)
                {
                    alphaPlane[line + x] = alpha[i];
                }
            }
        });
        for (var y = 0; y < header.Height; y++)
        {
            rows.Row(colorPlane.AsSpan((int)((long)y * width * channels), width * channels), hasAlpha ? alphaPlane.AsSpan(y * width, width) : []);
        }
    }
}
