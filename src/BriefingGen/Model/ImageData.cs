namespace BriefingGen.Model;

/// <summary>
/// The bytes of a PNG, JPEG or SVG picture and its size in pixels (for SVG, CSS pixels at 96 to
/// the inch, rounded; <see cref="Vector"/> holds the exact size). The engine makes these only from
/// files its loader has proven whole (<c>BriefingGen.Images.ImageLoader</c>); a renderer that meets
/// damaged bytes in one built by hand reports a <see cref="Rendering.RenderException"/>.
/// </summary>
/// <param name="Bytes">The encoded file, as read.</param>
/// <param name="Format">Which encoding the bytes use.</param>
/// <param name="PixelWidth">Width in pixels.</param>
/// <param name="PixelHeight">Height in pixels.</param>
public sealed record ImageData(ReadOnlyMemory<byte> Bytes, ImageFormat Format, int PixelWidth, int PixelHeight)
{
    /// <summary>The vector drawing of an SVG picture, which renderers draw from; null for PNG and JPEG.</summary>
    public Images.Svg.VectorDrawing? Vector { get; init; }

    /// <summary>The natural width in CSS pixels: exact for an SVG picture, the pixel count otherwise.</summary>
    public double NaturalWidth => Vector?.Width ?? PixelWidth;

    /// <summary>The natural height in CSS pixels.</summary>
    public double NaturalHeight => Vector?.Height ?? PixelHeight;

    /// <summary>An SVG picture read from <paramref name="drawing"/>, its bytes the clean SVG written from it.</summary>
    public static ImageData FromVector(Images.Svg.VectorDrawing drawing) =>
        new(Images.Svg.SvgWriter.Write(drawing), ImageFormat.Svg, Math.Max(1, (int)Math.Round(drawing.Width)), Math.Max(1, (int)Math.Round(drawing.Height)))
        {
            Vector = drawing,
        };

    /// <summary>The MIME type of the bytes.</summary>
    public string MediaType => Format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        _ => "image/svg+xml",
    };
}
