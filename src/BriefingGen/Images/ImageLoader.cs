using System.Globalization;
using BriefingGen.IO;
using BriefingGen.Model;

namespace BriefingGen.Images;

/// <summary>
/// Loads PNG, JPEG and SVG pictures from the folders a paper may use (its template pack and its data
/// file's folder) and proves each one decodes before it reaches a renderer: the file within the
/// size limit, the header within the pixel limits before anything is decoded, then the whole
/// picture checked (<see cref="PngDecoder"/>, <see cref="JpegChecker"/>) or read into a vector
/// drawing (<see cref="Svg.SvgReader"/>). Word embeds the bytes as
/// they are and PDF decodes them again, so anything accepted here is a valid picture in both. One
/// loader serves one paper: a file named twice is read and checked once, and the paper's pictures
/// together stay within <see cref="ImageLimits.MaxTotalBytes"/>.
/// </summary>
internal sealed class ImageLoader(IReadOnlyList<string> allowedFolders, ImageLimits limits)
{
    private readonly Dictionary<string, (ImageData? Image, string Error)> _loaded = new(StringComparer.Ordinal);
    private long _totalBytes;

    /// <summary>A loader with the default limits.</summary>
    public ImageLoader(IReadOnlyList<string> allowedFolders)
        : this(allowedFolders, ImageLimits.Default)
    {
    }

    /// <summary>Loads <paramref name="path"/>, or says in <paramref name="error"/> why it cannot; never throws for a bad file.</summary>
    public ImageData? Load(string path, out string error)
    {
        var file = allowedFolders
            .Select(folder => ContainedPath.Resolve(folder, path))
            .FirstOrDefault(full => full is not null && File.Exists(full));
        if (file is null)
        {
            error = $"image '{path}' {WhyNotUsable(path)}";
            return null;
        }

        var full = Path.GetFullPath(file);
        if (!_loaded.TryGetValue(full, out var loaded))
        {
            loaded = Load(full, path);
            _loaded[full] = loaded;
        }

        error = loaded.Error;
        return loaded.Image;
    }

    /// <summary>
    /// Why no allowed folder gives a picture file for <paramref name="path"/>: a name that is there
    /// but is a folder, or a link leading outside, is told so, not reported as missing.
    /// </summary>
    private string WhyNotUsable(string path)
    {
        foreach (var folder in allowedFolders)
        {
            if (ContainedPath.Resolve(folder, path) is { } resolved)
            {
                if (Directory.Exists(resolved))
                {
                    return "is a folder, not a picture";
                }

                continue;
            }

            var named = Path.IsPathRooted(path) ? null : Path.GetFullPath(Path.Combine(folder, path));
            if (named is not null && ContainedPath.IsInside(Path.GetFullPath(folder), named) && new FileInfo(named).LinkTarget is not null)
            {
                return "is a symbolic link that leads outside the template pack and the data file's folder (or round in a loop); pictures are read only from those folders";
            }
        }

        return "was not found in the template pack or beside the data file";
    }

    private (ImageData? Image, string Error) Load(string file, string path)
    {
        var bytes = BoundedFile.ReadBytes(file, limits.MaxFileBytes, out var reason);
        if (bytes is null)
        {
            return (null, $"image '{path}' cannot be used: {reason}");
        }

        if (_totalBytes + bytes.Length > limits.MaxTotalBytes)
        {
            var total = (_totalBytes + bytes.Length).ToString("N0", CultureInfo.InvariantCulture);
            return (null, $"image '{path}' cannot be used: with it the paper's pictures would come to {total} bytes; they may come to at most {limits.MaxTotalBytes.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        try
        {
            var image = Read(bytes, limits);
            _totalBytes += bytes.Length;
            return (image, "");
        }
        catch (UnusableImageException e)
        {
            return (null, e.Describe($"image '{path}'"));
        }
    }

    /// <summary>Checks <paramref name="bytes"/> as a PNG, a JPEG or an SVG picture, by their first bytes.</summary>
    /// <exception cref="UnusableImageException">They are neither, or cannot be used.</exception>
    internal static ImageData Read(byte[] bytes, ImageLimits limits)
    {
        if (bytes.Length == 0)
        {
            throw UnusableImageException.Damaged("the file is empty");
        }

        // "PNG" after the first byte: a damaged signature is then reported as such, not as "not a PNG".
        if (bytes.Length >= 4 && bytes.AsSpan(1, 3).SequenceEqual("PNG"u8))
        {
            var png = PngDecoder.Check(bytes, limits);
            return new ImageData(bytes, ImageFormat.Png, png.Width, png.Height);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            var jpeg = JpegChecker.Check(bytes, limits);
            return new ImageData(bytes, ImageFormat.Jpeg, jpeg.Frame.Width, jpeg.Frame.Height);
        }

        if (Svg.SvgReader.LooksLikeXml(bytes))
        {
            return ImageData.FromVector(Svg.SvgReader.Read(bytes, limits));
        }

        throw UnusableImageException.Unsupported(ImageKinds.Name(bytes) is { } kind
            ? $"it is {kind}; only PNG, JPEG and SVG pictures can be used"
            : "it is not a PNG, JPEG or SVG file");
    }
}
