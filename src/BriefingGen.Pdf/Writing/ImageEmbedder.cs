using System.Buffers.Binary;
using BriefingGen.Model;
using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes pictures as image XObjects (ISO 32000-1 §8.9): JPEG bytes as they are (DCTDecode); PNG
/// decoded to pixels (8-bit greyscale, RGB, palette, with or without alpha) and recompressed, the
/// alpha channel becoming a soft mask.
/// </summary>
internal static class ImageEmbedder
{
    /// <summary>Writes <paramref name="image"/> and returns its reference.</summary>
    public static PdfReference Write(PdfFileWriter writer, ImageData image)
    {
        var reference = writer.Reserve();
        var bytes = image.Bytes.ToArray();
        if (image.Format == ImageFormat.Jpeg)
        {
            var colorSpace = JpegComponents(bytes) switch { 1 => "DeviceGray", 4 => "DeviceCMYK", _ => "DeviceRGB" };
            var jpeg = Image(image.PixelWidth, image.PixelHeight, colorSpace);
            jpeg["Filter"] = new PdfName("DCTDecode");
            writer.WriteStream(reference, jpeg, bytes, compress: false);
            return reference;
        }

        var png = PngPixels.Decode(bytes);
        var color = Image(png.Width, png.Height, png.Channels == 1 ? "DeviceGray" : "DeviceRGB");
        if (png.Alpha is not null)
        {
            var mask = writer.Reserve();
            writer.WriteStream(mask, Image(png.Width, png.Height, "DeviceGray"), png.Alpha, compress: true);
            color["SMask"] = mask;
        }

        writer.WriteStream(reference, color, png.Color, compress: true);
        return reference;
    }

    /// <summary>The dictionary of an 8-bit image XObject.</summary>
    private static PdfDictionary Image(int width, int height, string colorSpace) => new()
    {
        ["Type"] = new PdfName("XObject"),
        ["Subtype"] = new PdfName("Image"),
        ["Width"] = width,
        ["Height"] = height,
        ["ColorSpace"] = new PdfName(colorSpace),
        ["BitsPerComponent"] = 8,
    };

    private static int JpegComponents(byte[] b)
    {
        for (var i = 2; i + 9 < b.Length;)
        {
            var marker = b[i + 1];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return b[i + 9];
            }

            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
        }

        return 3;
    }
}
