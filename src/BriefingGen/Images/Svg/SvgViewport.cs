using System.Globalization;

namespace BriefingGen.Images.Svg;

/// <summary>
/// The size of the picture and where its user space lands in it (SVG 1.1 §7.7–7.8): width and
/// height in absolute units (or, when missing, the viewBox's), and the viewBox fitted in with
/// <c>preserveAspectRatio</c> — any alignment with <c>meet</c>, or <c>none</c>.
/// </summary>
internal static class SvgViewport
{
    /// <summary>The size in CSS pixels and the transform from user space to the picture.</summary>
    /// <exception cref="UnusableImageException">The size is missing, not absolute, or the viewBox is broken.</exception>
    public static (double Width, double Height, Matrix2D Transform) Read(SvgElement root)
    {
        var box = ViewBox(root);
        var width = Dimension(root, "width", box?.Width);
        var height = Dimension(root, "height", box?.Height);
        if (box is not { } b)
        {
            return (width, height, Matrix2D.Identity);
        }

        var aspect = (root["preserveAspectRatio"] ?? "xMidYMid meet").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "defer").ToArray();
        var align = aspect.Length > 0 ? aspect[0] : "xMidYMid";
        if (aspect.Length > 1 && aspect[1] == "slice")
        {
            throw SvgProblems.Unsupported(root, "has preserveAspectRatio=\"… slice\"; only meet (the default) and none are supported");
        }

        var (sx, sy) = (width / b.Width, height / b.Height);
        if (align == "none")
        {
            return (width, height, Matrix2D.Scale(sx, sy).Times(Matrix2D.Translate(-b.X, -b.Y)));
        }

        if (align.Length != 8 || !align.StartsWith('x') || align[4] != 'Y')
        {
            throw SvgProblems.BadValue(root, "preserveAspectRatio", root["preserveAspectRatio"]!, "none or xMinYMin … xMaxYMax, then meet");
        }

        var s = Math.Min(sx, sy);
        var dx = Offset(root, align[1..4], width - (b.Width * s));
        var dy = Offset(root, align[5..8], height - (b.Height * s));
        return (width, height, Matrix2D.Translate(dx, dy).Times(Matrix2D.Scale(s, s)).Times(Matrix2D.Translate(-b.X, -b.Y)));
    }

    private static double Offset(SvgElement root, string where, double room) => where switch
    {
        "Min" => 0,
        "Mid" => room / 2,
        "Max" => room,
        _ => throw SvgProblems.BadValue(root, "preserveAspectRatio", root["preserveAspectRatio"]!, "none or xMinYMin … xMaxYMax, then meet"),
    };

    private static (double X, double Y, double Width, double Height)? ViewBox(SvgElement root)
    {
        if (root["viewBox"] is not { } text)
        {
            return null;
        }

        var numbers = new SvgNumbers(text);
        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!numbers.TryNumber(out values[i]))
            {
                throw SvgProblems.BadValue(root, "viewBox", text, "four numbers: min-x min-y width height");
            }
        }

        if (!numbers.AtEnd || values[2] <= 0 || values[3] <= 0)
        {
            throw SvgProblems.BadValue(root, "viewBox", text, "four numbers: min-x min-y width height, the width and height above 0");
        }

        return (values[0], values[1], values[2], values[3]);
    }

    /// <summary>
    /// The least width or height taken: a picture is scaled to its box, and one of 10⁻³⁰⁰ pixels
    /// would be scaled by 10³⁰⁰, beyond what any page can show.
    /// </summary>
    private const double SmallestPixels = 0.01;

    private static double Dimension(SvgElement root, string name, double? fallback)
    {
        var text = root[name]?.Trim();
        if (text is null or "" or "auto" || text.EndsWith('%'))
        {
            // A relative size means "as large as the viewBox" for a picture that stands alone.
            return fallback switch
            {
                null => throw SvgProblems.Unsupported(root, $"has no {name} in absolute units and no viewBox, so its size is unknown; give width and height (px, mm, cm, in or pt) or a viewBox"),
                < SmallestPixels => throw SvgProblems.BadValue(root, "viewBox", root["viewBox"]!, $"a {name} of at least a hundredth of a pixel, or a {name} attribute in px, pt, pc, mm, cm or in"),
                var size => size.Value,
            };
        }

        var value = SvgLength.Pixels(text);
        return value is >= SmallestPixels
            ? value.Value
            : throw SvgProblems.BadValue(root, name, text, string.Create(CultureInfo.InvariantCulture, $"a length from a hundredth of a pixel to {SvgNumbers.Limit:N0} pixels, in px, pt, pc, mm, cm or in"));
    }
}
