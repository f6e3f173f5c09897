namespace BriefingGen.Images;

/// <summary>
/// A JPEG's start-of-frame header (ITU T.81 §B.2.2), checked, with the block geometry the entropy
/// decoder walks: MCUs across and down for interleaved scans, blocks across and down per component
/// for the others (as libjpeg computes them, jdinput.c).
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

    private static int Ceiling(long a, long b) => (int)((a + b - 1) / b);
}
