namespace BriefingGen.Images;

/// <summary>
/// Proves a JPEG decodes before it is accepted: its markers and tables (<see cref="JpegStructure"/>),
/// its size against the limits, then all of its Huffman-coded data (<see cref="JpegEntropy"/>). The
/// renderers embed the bytes as they are, so this is what stands between a damaged file and a PDF
/// that readers complain about.
/// </summary>
internal static class JpegChecker
{
    /// <summary>Checks <paramref name="jpeg"/> within <paramref name="limits"/>.</summary>
    /// <exception cref="UnusableImageException">It cannot be used, and why.</exception>
    public static JpegStructure Check(byte[] jpeg, ImageLimits limits)
    {
        var structure = JpegStructure.Read(jpeg, limits);
        JpegEntropy.Verify(jpeg, structure);
        return structure;
    }
}
