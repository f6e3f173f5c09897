namespace BriefingGen.Model;

/// <summary>
/// The bytes of a PNG or JPEG picture and its size in pixels. The engine makes these only from
/// files its loader has proven whole (<c>BriefingGen.Images.ImageLoader</c>); a renderer that meets
/// damaged bytes in one built by hand reports a <see cref="Rendering.RenderException"/>.
/// </summary>
/// <param name="Bytes">The encoded file, as read.</param>
/// <param name="Format">Which encoding the bytes use.</param>
/// <param name="PixelWidth">Width in pixels.</param>
/// <param name="PixelHeight">Height in pixels.</param>
public sealed record ImageData(ReadOnlyMemory<byte> Bytes, ImageFormat Format, int PixelWidth, int PixelHeight);
