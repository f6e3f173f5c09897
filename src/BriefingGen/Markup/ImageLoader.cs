using System.Buffers.Binary;
using BriefingGen.Model;

namespace BriefingGen.Markup;

/// <summary>
/// Loads PNG and JPEG pictures from the folders a paper may use (its template pack and its data
/// file's folder) and reads their pixel size from the file header, which is all either renderer
/// needs: both embed the bytes as they are.
/// </summary>
internal sealed class ImageLoader(IReadOnlyList<string> allowedFolders)
{
    private const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Loads <paramref name="path"/>, or says in <paramref name="error"/> why it cannot.</summary>
    public ImageData? Load(string path, out string error)
    {
        var file = allowedFolders
            .Select(folder => IO.ContainedPath.Resolve(folder, path))
            .FirstOrDefault(full => full is not null && File.Exists(full));
        if (file is null)
        {
            error = $"image '{path}' was not found in the template pack or beside the data file";
            return null;
        }

        var bytes = IO.BoundedFile.ReadBytes(file, MaxBytes, out var reason);
        if (bytes is null)
        {
            error = $"image '{path}' cannot be used: {reason}";
            return null;
        }

        var image = ReadPng(bytes) ?? ReadJpeg(bytes);
        error = image is null ? $"image '{path}' is not a PNG or JPEG file" : "";
        return image;
    }

    /// <summary>PNG: the IHDR chunk right after the 8-byte signature holds width and height.</summary>
    internal static ImageData? ReadPng(byte[] b)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 24 || !b.AsSpan(0, 8).SequenceEqual(signature))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20));
        return width > 0 && height > 0 ? new ImageData(b, ImageFormat.Png, width, height) : null;
    }

    /// <summary>JPEG: walk the segments to the first start-of-frame marker, which holds the size.</summary>
    internal static ImageData? ReadJpeg(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7));
                return width > 0 && height > 0 ? new ImageData(b, ImageFormat.Jpeg, width, height) : null;
            }

            i += 2 + length;
        }

        return null;
    }
}
