using System.Globalization;

namespace BriefingGen.Images;

/// <summary>
/// Hard limits on the pictures a paper may use, checked from the file's size and its header before
/// a single pixel is decoded. A PNG of a few hundred kilobytes can claim 20,000 × 20,000 pixels and
/// inflate to gigabytes; these bounds keep every run within a predictable time and memory.
/// </summary>
public sealed record ImageLimits
{
    /// <summary>Largest picture file accepted, in bytes: far above any photograph a briefing needs.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>
    /// Most pixels in one picture: 40 megapixels is more than a full-page photograph at 600 dpi, and
    /// at 8 bytes a pixel (16-bit RGBA) its rows are what bounds the decoder's work.
    /// </summary>
    public long MaxPixels { get; init; } = 40_000_000;

    /// <summary>Widest picture, in pixels: a one-pixel-high strip cannot pass the pixel limit alone.</summary>
    public int MaxWidth { get; init; } = 20_000;

    /// <summary>Tallest picture, in pixels.</summary>
    public int MaxHeight { get; init; } = 20_000;

    /// <summary>
    /// Most bytes of pictures in one paper, a picture used twice counted once. The model, both
    /// renderers and their outputs each hold the pictures while a paper is written — about twelve
    /// times their size at the peak — so 50 MB keeps a run well inside a gigabyte.
    /// </summary>
    public long MaxTotalBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>
    /// Most elements in an SVG picture, and most shapes it draws once <c>&lt;use&gt;</c> has copied
    /// them: a detailed logo has a few hundred, a map a few thousand.
    /// </summary>
    public int MaxSvgElements { get; init; } = 100_000;

    /// <summary>Deepest nesting of SVG elements: editors nest a dozen groups at most; a deeper file is built to exhaust the reader.</summary>
    public int MaxSvgDepth { get; init; } = 100;

    /// <summary>Most path segments in one SVG picture, which bounds the work of drawing it (2,000,000 is ten times a detailed map).</summary>
    public long MaxSvgSegments { get; init; } = 2_000_000;

    /// <summary>The limits used when none are given.</summary>
    public static ImageLimits Default { get; } = new();

    /// <summary>Refuses a picture of <paramref name="width"/> × <paramref name="height"/> pixels when it is beyond the limits.</summary>
    /// <exception cref="UnusableImageException">The picture is empty or too large.</exception>
    internal void CheckSize(long width, long height)
    {
        if (width <= 0 || height <= 0)
        {
            throw UnusableImageException.Damaged($"its header says it is {width} × {height} pixels, which is no picture at all");
        }

        string? limit = null;
        if (width > MaxWidth)
        {
            limit = $"pictures may be at most {MaxWidth.ToString("N0", CultureInfo.InvariantCulture)} pixels wide";
        }
        else if (height > MaxHeight)
        {
            limit = $"pictures may be at most {MaxHeight.ToString("N0", CultureInfo.InvariantCulture)} pixels high";
        }
        else if (width * height > MaxPixels)
        {
            limit = $"pictures may have at most {Pixels(MaxPixels)}";
        }

        if (limit is not null)
        {
            throw UnusableImageException.TooLarge($"is {width} × {height} pixels; {limit}");
        }
    }

    /// <summary>"40 megapixels", or the exact count when megapixels would round it.</summary>
    private static string Pixels(long pixels) => pixels % 10_000 == 0 && pixels >= 1_000_000
        ? (pixels / 1_000_000.0).ToString("0.##", CultureInfo.InvariantCulture) + " megapixels"
        : pixels.ToString("N0", CultureInfo.InvariantCulture) + " pixels";
}
