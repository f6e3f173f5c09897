using System.Runtime.InteropServices;
using BriefingGen.Images;
using BriefingGen.Model;
using BriefingGen.Pdf.Writing.Objects;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes pictures as image XObjects (ISO 32000-1 §8.9). A JPEG goes in as it is (DCTDecode, up to
/// its EOI), in the colour space its components and Adobe segment call for. A PNG of any colour
/// type, bit depth and interlacing is decoded by the same decoder that checked it when it was
/// loaded, to 8-bit grey or RGB, with its alpha (from an alpha channel or tRNS) as a soft mask.
/// </summary>
internal static class ImageEmbedder
{
    /// <summary>Writes <paramref name="image"/> and returns its reference.</summary>
    /// <exception cref="RenderException">The picture is damaged: only for one built without <see cref="ImageLoader"/>.</exception>
    public static PdfReference Write(PdfFileWriter writer, ImageData image)
    {
        try
        {
            return image.Format == ImageFormat.Jpeg ? WriteJpeg(writer, image) : WritePng(writer, image);
        }
        catch (UnusableImageException e)
        {
            throw new RenderException(e.Describe($"a {image.Format.ToString().ToUpperInvariant()} picture of {image.PixelWidth} × {image.PixelHeight} pixels"));
        }
    }

    private static PdfReference WriteJpeg(PdfFileWriter writer, ImageData image)
    {
        // The loader's array when the bytes are all of one: a picture may be 20 MB.
        var bytes = MemoryMarshal.TryGetArray(image.Bytes, out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length ? whole.Array : image.Bytes.ToArray();
        var jpeg = JpegStructure.Read(bytes, limits: null);
        var frame = jpeg.Frame;
        var dictionary = Image(frame.Width, frame.Height, frame.Components.Count switch { 1 => "DeviceGray", 3 => "DeviceRGB", _ => "DeviceCMYK" });
        dictionary["Filter"] = PdfName.Of("DCTDecode");
        if (jpeg.InvertedCmyk)
        {
            // Adobe's CMYK JPEGs hold 255 − ink (§8.9.5.2 Decode arrays; what Acrobat writes for them).
            dictionary["Decode"] = new PdfArray { 1, 0, 1, 0, 1, 0, 1, 0 };
        }

        if (jpeg.RgbWithoutTransform)
        {
            dictionary["DecodeParms"] = new PdfDictionary { ["ColorTransform"] = 0 }; // §7.4.8: RGB, not YCbCr
        }

        var reference = writer.Reserve();
        writer.WriteStream(reference, dictionary, bytes.AsSpan(0, jpeg.Length), compress: false);
        return reference;
    }

    private static PdfReference WritePng(PdfFileWriter writer, ImageData image)
    {
        using var pixels = new PixelStreams();
        PngDecoder.Decode(image.Bytes, pixels);
        var reference = writer.Reserve();
        var color = Image(pixels.Width, pixels.Height, pixels.ColorChannels == 1 ? "DeviceGray" : "DeviceRGB");
        color["Filter"] = PdfName.Of("FlateDecode");
        color["DecodeParms"] = pixels.DecodeParms(pixels.ColorChannels);
        if (pixels.Alpha() is { } alpha)
        {
            var mask = Image(pixels.Width, pixels.Height, "DeviceGray");
            mask["Filter"] = PdfName.Of("FlateDecode");
            mask["DecodeParms"] = pixels.DecodeParms(1);
            var maskReference = writer.Reserve();
            writer.WriteStream(maskReference, mask, alpha, compress: false);
            color["SMask"] = maskReference;
        }

        writer.WriteStream(reference, color, pixels.Color(), compress: false);
        return reference;
    }

    /// <summary>The dictionary of an 8-bit image XObject.</summary>
    private static PdfDictionary Image(int width, int height, string colorSpace) => new()
    {
        ["Type"] = PdfName.Of("XObject"),
        ["Subtype"] = PdfName.Of("Image"),
        ["Width"] = width,
        ["Height"] = height,
        ["ColorSpace"] = PdfName.Of(colorSpace),
        ["BitsPerComponent"] = 8,
    };
}
