using BriefingGen.Images;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>Keeps the rows a PNG decodes to, to compare a picture before and after a trip through a PDF.</summary>
internal sealed class PixelRecorder : IPixelRows
{
    public int Width { get; private set; }

    public int Height { get; private set; }

    public int Channels { get; private set; }

    public bool HasAlpha { get; private set; }

    public List<byte[]> Color { get; } = [];

    public List<byte[]> Alpha { get; } = [];

    /// <summary>The decoded rows of the PNG in <paramref name="bytes"/>.</summary>
    public static PixelRecorder Of(byte[] bytes)
    {
        var rows = new PixelRecorder();
        PngDecoder.Decode(bytes, rows);
        return rows;
    }

    public void Begin(int width, int height, int colorChannels, bool hasAlpha) =>
        (Width, Height, Channels, HasAlpha) = (width, height, colorChannels, hasAlpha);

    public void Row(ReadOnlySpan<byte> color, ReadOnlySpan<byte> alpha)
    {
        Color.Add(color.ToArray());
        Alpha.Add(alpha.ToArray());
    }
}
