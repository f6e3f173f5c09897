using System.Globalization;
using BriefingGen.Data;

namespace BriefingGen.Images.Svg;

/// <summary>
/// The painting properties in force at an element (SVG 1.1 §11): inherited from its parent, then
/// changed by its presentation attributes and, over those, its <c>style</c> attribute. Opacity is
/// not inherited in SVG but composes down the tree; it is kept here multiplied out, which draws a
/// group's shapes each at the group's opacity — the same as SVG's group compositing wherever the
/// shapes of a half-transparent group do not overlap one another.
/// </summary>
internal sealed record SvgStyle
{
    private static readonly string[] Refused = ["filter", "clip-path", "mask", "marker", "marker-start", "marker-mid", "marker-end"];

    /// <summary>The style of the root's parent: SVG's initial values.</summary>
    public static SvgStyle Initial { get; } = new();

    /// <summary>The fill colour, or null for none.</summary>
    public (byte R, byte G, byte B)? Fill { get; init; } = (0, 0, 0);

    /// <summary>The stroke colour, or null for none.</summary>
    public (byte R, byte G, byte B)? Stroke { get; init; }

    /// <summary>The <c>color</c> property, which <c>currentColor</c> names.</summary>
    public (byte R, byte G, byte B) Color { get; init; } = (0, 0, 0);

    /// <summary>The fill's own opacity.</summary>
    public double FillOpacity { get; init; } = 1;

    /// <summary>The stroke's own opacity.</summary>
    public double StrokeOpacity { get; init; } = 1;

    /// <summary>The element's and all its ancestors' <c>opacity</c>, multiplied.</summary>
    public double Opacity { get; init; } = 1;

    /// <summary>True for <c>fill-rule: evenodd</c>.</summary>
    public bool EvenOdd { get; init; }

    /// <summary>The stroke width in user units.</summary>
    public double StrokeWidth { get; init; } = 1;

    /// <summary>The stroke's ends.</summary>
    public StrokeLineCap Cap { get; init; }

    /// <summary>The stroke's corners.</summary>
    public StrokeLineJoin Join { get; init; }

    /// <summary>The miter limit.</summary>
    public double MiterLimit { get; init; } = 4;

    /// <summary>False under <c>visibility: hidden</c>.</summary>
    public bool Visible { get; init; } = true;

    /// <summary>True under <c>display: none</c>: the element and its children are not drawn.</summary>
    public bool Hidden { get; init; }

    /// <summary>The style of <paramref name="element"/>, a child of an element with this style.</summary>
    /// <exception cref="UnusableImageException">A property has a value we cannot read or draw.</exception>
    public SvgStyle For(SvgElement element)
    {
        var declared = Declarations(element);
        var style = this with { Hidden = false, Opacity = Opacity };
        // The color property first: currentColor in this element's own fill means its own color.
        if (Value(declared, "color") is { } colorText && colorText != "inherit")
        {
            style = style with { Color = ReadColor(element, "color", colorText, style.Color) };
        }

        foreach (var (name, value) in declared)
        {
            if (value == "inherit")
            {
                continue;
            }

            style = name switch
            {
                "fill" => style with { Fill = Paint(element, name, value, style.Color) },
                "stroke" => style with { Stroke = Paint(element, name, value, style.Color) },
                "fill-opacity" => style with { FillOpacity = Fraction(element, name, value) },
                "stroke-opacity" => style with { StrokeOpacity = Fraction(element, name, value) },
                "opacity" => style with { Opacity = style.Opacity * Fraction(element, name, value) },
                "fill-rule" => style with { EvenOdd = Keyword(element, name, value, ["nonzero", "evenodd"]) == 1 },
                "stroke-width" => style with { StrokeWidth = NonNegative(element, name, value) },
                "stroke-linecap" => style with { Cap = (StrokeLineCap)Keyword(element, name, value, ["butt", "round", "square"]) },
                "stroke-linejoin" => style with { Join = (StrokeLineJoin)Keyword(element, name, value, ["miter", "round", "bevel"]) },
                "stroke-miterlimit" => style with { MiterLimit = Math.Max(1, NonNegative(element, name, value)) },
                "visibility" => style with { Visible = value is not ("hidden" or "collapse") },
                "display" => style with { Hidden = value == "none" },
                "stroke-dasharray" when value != "none" => throw SvgProblems.Unsupported(element, "has a dashed stroke (stroke-dasharray), which is not supported"),
                "mix-blend-mode" when value != "normal" => throw SvgProblems.Unsupported(element, $"has mix-blend-mode: {value}, which is not supported"),
                _ when value != "none" && Refused.Contains(name) => throw SvgProblems.Unsupported(element, $"has {name}=\"{Excerpt.Of(value, 40)}\"; clipping, masks, filters and markers are not supported"),
                _ => style,
            };
        }

        return style;
    }

    /// <summary>The element's presentation attributes, overridden by the declarations of its style attribute (SVG 1.1 §6.4).</summary>
    private static List<(string Name, string Value)> Declarations(SvgElement element)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in element.Attributes)
        {
            declared[name] = value.Trim();
        }

        if (element["style"] is { } style)
        {
            foreach (var declaration in style.Split(';'))
            {
                var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    var value = declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim();
                    declared[declaration[..colon].Trim().ToLowerInvariant()] = value;
                }
            }
        }

        return [.. declared.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static string? Value(List<(string Name, string Value)> declared, string name) =>
        declared.FirstOrDefault(d => d.Name == name).Value;

    private static (byte R, byte G, byte B)? Paint(SvgElement element, string name, string value, (byte R, byte G, byte B) current)
    {
        if (value == "none" || value == "transparent")
        {
            return null;
        }

        if (value.StartsWith("url(", StringComparison.Ordinal))
        {
            throw SvgProblems.Unsupported(element, $"has {name}=\"{Excerpt.Of(value, 40)}\"; gradients and patterns are not supported, only solid colours");
        }

        return ReadColor(element, name, value, current);
    }

    private static (byte R, byte G, byte B) ReadColor(SvgElement element, string name, string value, (byte R, byte G, byte B) current) =>
        SvgColors.TryParse(value, current, out var color)
            ? color
            : throw SvgProblems.BadValue(element, name, value, "a colour: #rgb, #rrggbb, rgb(r, g, b), a colour name, currentColor or none");

    private static double Fraction(SvgElement element, string name, string value)
    {
        var percent = value.EndsWith('%');
        if (!double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            throw SvgProblems.BadValue(element, name, value, "a number from 0 to 1");
        }

        return Math.Clamp(percent ? number / 100 : number, 0, 1);
    }

    private static double NonNegative(SvgElement element, string name, string value) =>
        SvgLength.Pixels(value) is { } number && number >= 0
            ? number
            : throw SvgProblems.BadValue(element, name, value, "a length of 0 or more");

    private static int Keyword(SvgElement element, string name, string value, string[] keywords)
    {
        var index = Array.IndexOf(keywords, value);
        return index >= 0 ? index : throw SvgProblems.BadValue(element, name, value, string.Join(", ", keywords));
    }
}
