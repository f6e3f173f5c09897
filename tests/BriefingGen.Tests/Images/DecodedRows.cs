using BriefingGen.Images;

namespace BriefingGen.Tests.Images;

/// <summary>Keeps every row a decoder hands over, to compare with what the pixels should be (the PDF tests use it too).</summary>
internal sealed class DecodedRows : IPixelRows
{
    public int Width { get; private set; }

    public int Height { get; private set; }

    public int Channels { get; private set; }

    public bool HasAlpha { get; private set; }

    public List<byte[]> Color { get; } = [];

    public List<byte[]> Alpha { get; } = [];

    public static DecodedRows Of(byte[] png)
    {
        var rows = new DecodedRows();
        PngDecoder.Decode(png, rows);
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
