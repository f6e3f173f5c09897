using System.Globalization;

namespace BriefingGen.Images.Svg;

/// <summary>
/// Counts what one picture costs as it is read — elements drawn, copies made by <c>&lt;use&gt;</c> included, and path segments — and stops at <see cref="ImageLimits"/>, so a small file that nests or
/// repeats itself (a "billion laughs" of <c>use</c> elements) cannot make a run slow or huge.
/// </summary>
internal sealed class SvgBudget(ImageLimits limits)
{
    private long _segments;
    private long _elements;

    /// <summary>Counts one path segment.</summary>
    public void Segment(SvgElement element)
    {
        if (++_segments > limits.MaxSvgSegments)
        {
            throw UnusableImageException.TooLarge($"has more than {N(limits.MaxSvgSegments)} path segments (at {element.Describe()}); SVG pictures may have at most that many");
        }
    }

    /// <summary>Counts one element drawn, each copy made by <c>&lt;use&gt;</c> included.</summary>
    public void Element(SvgElement element)
    {
        if (++_elements > limits.MaxSvgElements)
        {
            throw UnusableImageException.TooLarge($"draws more than {N(limits.MaxSvgElements)} elements (at {element.Describe()}, copies made by <use> counted); SVG pictures may draw at most that many");
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
