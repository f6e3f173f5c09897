namespace BriefingGen.Images.Svg;

/// <summary>
/// The <c>transform</c> attribute (SVG 1.1 §7.6): a list of <c>matrix</c>, <c>translate</c>,
/// <c>scale</c>, <c>rotate</c> (about the origin or a point), <c>skewX</c> and <c>skewY</c>,
/// applied right to left, composed into one matrix.
/// </summary>
internal static class SvgTransforms
{
    private const string Expected = "a list of matrix(), translate(), scale(), rotate(), skewX() or skewY()";

    /// <summary>The transform of <paramref name="element"/>, or the identity when it has none.</summary>
    /// <exception cref="UnusableImageException">The attribute breaks the grammar.</exception>
    public static Matrix2D Read(SvgElement element)
    {
        if (element["transform"] is not { } text)
        {
            return Matrix2D.Identity;
        }

        var result = Matrix2D.Identity;
        var rest = text.AsSpan();
        while (true)
        {
            rest = rest.TrimStart().TrimStart(',').TrimStart();
            if (rest.IsEmpty)
            {
                return result;
            }

            var open = rest.IndexOf('(');
            var close = rest.IndexOf(')');
            if (open <= 0 || close < open)
            {
                throw SvgProblems.BadValue(element, "transform", text, Expected);
            }

            var name = rest[..open].Trim().ToString();
            var arguments = Arguments(rest[(open + 1)..close]);
            var step = arguments is null ? null : Function(name, arguments);
            if (step is null)
            {
                throw SvgProblems.BadValue(element, "transform", text, Expected);
            }

            result = result.Times(step.Value);
            rest = rest[(close + 1)..];
        }
    }

    private static Matrix2D? Function(string name, List<double> a) => (name, a.Count) switch
    {
        ("matrix", 6) => new Matrix2D(a[0], a[1], a[2], a[3], a[4], a[5]),
        ("translate", 1) => Matrix2D.Translate(a[0], 0),
        ("translate", 2) => Matrix2D.Translate(a[0], a[1]),
        ("scale", 1) => Matrix2D.Scale(a[0], a[0]),
        ("scale", 2) => Matrix2D.Scale(a[0], a[1]),
        ("rotate", 1) => Matrix2D.Rotate(a[0]),
        ("rotate", 3) => Matrix2D.Translate(a[1], a[2]).Times(Matrix2D.Rotate(a[0])).Times(Matrix2D.Translate(-a[1], -a[2])),
        ("skewX", 1) => new Matrix2D(1, 0, Math.Tan(a[0] * Math.PI / 180), 1, 0, 0),
        ("skewY", 1) => new Matrix2D(1, Math.Tan(a[0] * Math.PI / 180), 0, 1, 0, 0),
        _ => null,
    };

    /// <summary>The numbers between the parentheses, or null when something else is there.</summary>
    private static List<double>? Arguments(ReadOnlySpan<char> text)
    {
        var numbers = new SvgNumbers(text);
        var list = new List<double>(6);
        while (!numbers.AtEnd)
        {
            if (list.Count == 6 || !numbers.TryNumber(out var value))
            {
                return null;
            }

            list.Add(value);
        }

        return list;
    }
}
