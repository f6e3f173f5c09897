using BriefingGen.Data;

namespace BriefingGen.Images.Svg;

/// <summary>The refusals of the SVG reader, each naming the element and where it stands in the file.</summary>
internal static class SvgProblems
{
    /// <summary>The file is valid SVG but uses <paramref name="what"/>, which is outside the subset we draw.</summary>
    public static UnusableImageException Unsupported(SvgElement element, string what) =>
        UnusableImageException.Unsupported($"its {element.Describe()} {what}");

    /// <summary>An attribute's value breaks SVG's grammar.</summary>
    public static UnusableImageException BadValue(SvgElement element, string attribute, string value, string expected) =>
        UnusableImageException.Damaged($"its {element.Describe()} has {attribute}=\"{Excerpt.Of(value, 40)}\"; expected {expected}");
}
