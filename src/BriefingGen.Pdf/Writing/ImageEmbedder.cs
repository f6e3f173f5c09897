using System.Buffers.Binary;
using BriefingGen.Model;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes pictures as image XObjects (ISO 32000-1 §8.9): JPEG bytes as they are (DCTDecode); PNG
/// decoded to pixels (8-bit greyscale, RGB, palette, with or without alpha) and recompressed, the
/// alpha channel becoming a soft mask.
/// </summary>
internal static class ImageEmbedder
{
    /// <summary>Writes <paramref name="image"/> and returns its object number.</summary>
    public static int Write(PdfObjectWriter writer, ImageData image)
    {
        var number = writer.Reserve();
        var bytes = image.Bytes.ToArray();
        if (image.Format == ImageFormat.Jpeg)
        {
            var colorSpace = JpegComponents(bytes) switch { 1 => "/DeviceGray", 4 => "/DeviceCMYK", _ => "/DeviceRGB" };
            writer.WriteStream(number, $"/Type /XObject /Subtype /Image /Width {image.PixelWidth} /Height {image.PixelHeight} /ColorSpace {colorSpace} /BitsPerComponent 8 /Filter /DCTDecode", bytes, compress: false);
            return number;
        }

        var png = PngPixels.Decode(bytes);
        var mask = "";
        if (png.Alpha is not null)
        {
            var maskNumber = writer.Reserve();
            writer.WriteStream(maskNumber, $"/Type /XObject /Subtype /Image /Width {png.Width} /Height {png.Height} /ColorSpace /DeviceGray /BitsPerComponent 8", png.Alpha, compress: true);
            mask = $" /SMask {maskNumber} 0 R";
        }

        var space = png.Channels == 1 ? "/DeviceGray" : "/DeviceRGB";
        writer.WriteStream(number, $"/Type /XObject /Subtype /Image /Width {png.Width} /Height {png.Height} /ColorSpace {space} /BitsPerComponent 8{mask}", png.Color, compress: true);
        return number;
    }

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
