namespace BriefingGen.Images;

/// <summary>Receives a decoded picture as 8-bit rows, top to bottom: colour samples and, when it has them, alpha.</summary>
internal interface IPixelRows
{
    /// <summary>Called once, before the first row.</summary>
    /// <param name="width">Pixels in a row.</param>
    /// <param name="height">Rows that will follow.</param>
    /// <param name="colorChannels">1 (grey) or 3 (RGB) samples a pixel.</param>
    /// <param name="hasAlpha">True when each row comes with alpha samples.</param>
    void Begin(int width, int height, int colorChannels, bool hasAlpha);

    /// <summary>One row: <c>width × colorChannels</c> colour samples and <c>width</c> alpha samples (empty without alpha).</summary>
    void Row(ReadOnlySpan<byte> color, ReadOnlySpan<byte> alpha);
}
