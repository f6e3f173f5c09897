using BriefingGen.Data;

namespace BriefingGen.Images.Svg;

/// <summary>
/// Reads an SVG file into a <see cref="VectorDrawing"/>: a well-defined subset of SVG 1.1 — groups,
/// paths and the basic shapes, transforms, solid fills and strokes with their opacity, and
/// <c>defs</c> with <c>use</c> inside the file. Everything outside that subset that would change
/// the picture (text, embedded pictures, scripts, foreign content, CSS style sheets, gradients,
/// clipping, filters, animation, references to other files) is refused, naming the element and
/// its line:column, instead of being drawn wrongly. Editors' own metadata (elements in other
/// namespaces, <c>title</c>, <c>desc</c>, <c>metadata</c>) is skipped.
/// </summary>
internal sealed class SvgReader
{
    private readonly ImageLimits _limits;
    private readonly SvgBudget _budget;
    private readonly Dictionary<string, SvgElement> _ids = new(StringComparer.Ordinal);
    private readonly List<VectorShape> _shapes = [];
    private readonly HashSet<SvgElement> _using = [];

    private SvgReader(ImageLimits limits)
    {
        _limits = limits;
        _budget = new SvgBudget(limits);
    }

    /// <summary>True when <paramref name="bytes"/> start like an XML file (after a byte-order mark and white space).</summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8);
        return start >= 0 && bytes[start] == (byte)'<';
    }

    /// <summary>Reads <paramref name="bytes"/> within <paramref name="limits"/>.</summary>
    /// <exception cref="UnusableImageException">The file is not SVG, breaks its grammar, uses something outside the subset or is beyond the limits.</exception>
    public static VectorDrawing Read(byte[] bytes, ImageLimits limits)
    {
        var root = SvgXml.Read(bytes, limits);
        if (root.Name != "svg" || !root.IsSvg)
        {
            throw UnusableImageException.Unsupported($"it is an XML file whose root element is <{root.Name}>, not an SVG picture");
        }

        if (root["transform"] is not null)
        {
            // SVG 1.1 has no transform on <svg>; SVG 2 turns it into a CSS transform about the
            // picture's centre, and programs disagree on it, so it is refused rather than guessed.
            throw SvgProblems.Unsupported(root, "has a transform, which programs draw differently; put the transform on a <g> that holds the picture's content");
        }

        var (width, height, viewport) = SvgViewport.Read(root);
        limits.CheckSize((long)Math.Ceiling(width), (long)Math.Ceiling(height));
        var reader = new SvgReader(limits);
        reader.Index(root);
        reader.Group(root, SvgStyle.Initial.For(root), viewport, 1);
        return new VectorDrawing(width, height, reader._shapes);
    }

    /// <summary>Notes every element's id, the first of a repeated one winning, for <c>use</c>.</summary>
    private void Index(SvgElement root)
    {
        var pending = new Stack<SvgElement>([root]);
        while (pending.TryPop(out var element))
        {
            if (element["id"] is { } id)
            {
                _ids.TryAdd(id, element);
            }

            foreach (var child in element.Children)
            {
                pending.Push(child);
            }
        }
    }

    private void Group(SvgElement group, SvgStyle style, Matrix2D transform, int depth)
    {
        foreach (var child in group.Children)
        {
            Draw(child, style, transform, depth + 1);
        }
    }

    /// <summary>
    /// Draws <paramref name="element"/> inside a parent of <paramref name="parent"/> style and
    /// <paramref name="transform"/>; <paramref name="depth"/> counts the groups and <c>use</c>
    /// references it lies in, which a chain of references could otherwise make as deep as it likes.
    /// </summary>
    private void Draw(SvgElement element, SvgStyle parent, Matrix2D transform, int depth)
    {
        if (!element.IsSvg || element.Name is "defs" or "title" or "desc" or "metadata" or "symbol"
            or "linearGradient" or "radialGradient" or "pattern" or "clipPath" or "mask" or "filter" or "marker")
        {
            return; // not drawn where it stands: metadata, or definitions drawn only when referenced (and refused there)
        }

        if (Refusal(element.Name) is { } refusal)
        {
            throw SvgProblems.Unsupported(element, refusal);
        }

        if (depth > _limits.MaxSvgDepth)
        {
            throw UnusableImageException.TooLarge($"nests its elements more than {_limits.MaxSvgDepth} deep (at {element.Describe()}, <use> references counted); SVG pictures may nest at most that deep");
        }

        _budget.Element(element);
        var style = parent.For(element);
        if (style.Hidden)
        {
            return;
        }

        var placed = transform.Times(SvgTransforms.Read(element));
        switch (element.Name)
        {
            case "g" or "a":
                Group(element, style, placed, depth);
                break;
            case "use":
                Use(element, style, placed, depth);
                break;
            case var name when SvgShapes.IsShape(name):
                Shape(element, style, placed);
                break;
            default:
                throw SvgProblems.Unsupported(element, "is not an element BriefingGen draws; SVG pictures may use svg, g, path, rect, circle, ellipse, line, polyline, polygon, defs and use");
        }
    }

    /// <summary>Why an element is refused outright, or null when it is not.</summary>
    private static string? Refusal(string name) => name switch
    {
        "text" or "tspan" or "textPath" => "is text, which is not drawn from SVG pictures; convert text to outlines (paths) in the drawing program",
        "image" => "embeds another picture; use only vector shapes, or give the PNG or JPEG itself",
        "script" => "is a script; SVG pictures with scripts are refused",
        "foreignObject" => "embeds foreign (HTML) content, which is refused",
        "style" => "is a CSS style sheet, which is not supported; export the SVG with presentation attributes or style=\"…\" attributes instead",
        "svg" => "is an <svg> nested in another, which is not supported",
        "switch" => "is a <switch>, which is not supported",
        "animate" or "animateTransform" or "animateMotion" or "animateColor" or "set" => "is an animation, which is not supported",
        _ => null,
    };

    private void Use(SvgElement use, SvgStyle style, Matrix2D transform, int depth)
    {
        var href = use["href"];
        if (href is null || !href.StartsWith('#'))
        {
            throw href is null
                ? SvgProblems.Unsupported(use, "has no href")
                : SvgProblems.Unsupported(use, $"refers to \"{Excerpt.Of(href, 40)}\"; <use> may refer only to an element of the same file (href=\"#id\")");
        }

        if (!_ids.TryGetValue(href[1..], out var target))
        {
            throw UnusableImageException.Damaged($"its {use.Describe()} refers to \"{Excerpt.Of(href, 40)}\", which is no element of the file");
        }

        if (target.Name is not ("g" or "use") && !SvgShapes.IsShape(target.Name))
        {
            throw SvgProblems.Unsupported(use, $"refers to a <{target.Name}>; <use> may refer only to a shape, a <g> or another <use>");
        }

        if (!_using.Add(target))
        {
            throw UnusableImageException.Damaged($"its {use.Describe()} refers to \"{Excerpt.Of(href, 40)}\", which contains that <use> itself");
        }

        var at = Matrix2D.Translate(SvgLength.Read(use, "x", 0), SvgLength.Read(use, "y", 0));
        Draw(target, style, transform.Times(at), depth + 1);
        _using.Remove(target);
    }

    private void Shape(SvgElement element, SvgStyle style, Matrix2D transform)
    {
        var path = SvgShapes.Outline(element, _budget);
        if (path is null || path.Segments.Count == 0 || !style.Visible)
        {
            return;
        }

        // A line has no inside: SVG fills it with nothing even when fill is set (§9.5).
        var fill = style.Fill is { } f && element.Name != "line" && style.FillOpacity * style.Opacity > 0
            ? new VectorPaint(f.R, f.G, f.B, style.FillOpacity * style.Opacity)
            : (VectorPaint?)null;
        var stroke = style.Stroke is { } s && style.StrokeWidth > 0 && style.StrokeOpacity * style.Opacity > 0
            ? new VectorStroke(new VectorPaint(s.R, s.G, s.B, style.StrokeOpacity * style.Opacity), style.StrokeWidth, style.Cap, style.Join, style.MiterLimit)
            : null;
        if (fill is not null || stroke is not null)
        {
            _shapes.Add(new VectorShape(path, transform, fill, style.EvenOdd, stroke));
        }
    }
}
