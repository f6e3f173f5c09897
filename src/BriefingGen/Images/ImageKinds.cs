namespace BriefingGen.Images;

/// <summary>Recognises the picture formats people most often try instead of PNG, JPEG and SVG, to say what a refused file is.</summary>
internal static class ImageKinds
{
    private static readonly (byte[] Magic, string Name)[] Known =
    [
        ("GIF8"u8.ToArray(), "a GIF file"),
        ("BM"u8.ToArray(), "a BMP file"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF file"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF file"),
        ("%PDF"u8.ToArray(), "a PDF file"),
        ([0x00, 0x00, 0x01, 0x00], "an icon (ICO) file"),
    ];

    /// <summary>What <paramref name="bytes"/> look like, or null when they are none of the known formats.</summary>
    public static string? Name(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return "a WebP file";
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return bytes[8..12].SequenceEqual("avif"u8) ? "an AVIF file" : "an HEIF file (or another ISO media file)";
        }

        foreach (var (magic, name) in Known)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        return null;
    }
}
