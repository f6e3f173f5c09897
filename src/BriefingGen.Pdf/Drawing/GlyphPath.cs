using System.Globalization;

namespace BriefingGen.Pdf.Drawing;

/// <summary>
/// Adds a glyph outline, as <see cref="Fonts.GlyphOutlines"/> writes it (SVG path data with M, L,
/// Q, C and Z and numbers in font units), to a <see cref="PathData"/>, each point moved by a
/// caller's transform. Quadratic curves become the cubic curves PDF paths are made of.
/// </summary>
internal static class GlyphPath
{
    /// <summary>Appends <paramref name="outline"/> to <paramref name="path"/>, placing each point with <paramref name="place"/>.</summary>
    public static void Append(PathData path, string outline, Func<double, double, (double X, double Y)> place)
    {
        var numbers = new List<double>(6);
        var command = '\0';
        var current = (X: 0.0, Y: 0.0);
        var start = 0;
        for (var i = 0; i <= outline.Length; i++)
        {
            var c = i < outline.Length ? outline[i] : 'E';
            if (!char.IsAsciiLetter(c))
            {
                continue;
            }

            foreach (var token in outline[start..i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                numbers.Add(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            current = Apply(path, command, numbers, current, place);
            numbers.Clear();
            command = c;
            start = i + 1;
        }
    }

    /// <summary>Adds one command with its numbers; returns the pen position after it, in font units.</summary>
    private static (double X, double Y) Apply(PathData path, char command, List<double> n, (double X, double Y) pen, Func<double, double, (double X, double Y)> place)
    {
        switch (command)
        {
            case 'M' when n.Count == 2:
                var m = place(n[0], n[1]);
                path.MoveTo(m.X, m.Y);
                return (n[0], n[1]);
            case 'L' when n.Count == 2:
                var l = place(n[0], n[1]);
                path.LineTo(l.X, l.Y);
                return (n[0], n[1]);
            case 'Q' when n.Count == 4:
                // A quadratic Bézier is the cubic whose controls lie two thirds of the way to its one control.
                var c1 = place(pen.X + (2.0 / 3 * (n[0] - pen.X)), pen.Y + (2.0 / 3 * (n[1] - pen.Y)));
                var c2 = place(n[2] + (2.0 / 3 * (n[0] - n[2])), n[3] + (2.0 / 3 * (n[1] - n[3])));
                var q = place(n[2], n[3]);
                path.CurveTo(c1.X, c1.Y, c2.X, c2.Y, q.X, q.Y);
                return (n[2], n[3]);
            case 'C' when n.Count == 6:
                var a = place(n[0], n[1]);
                var b = place(n[2], n[3]);
                var e = place(n[4], n[5]);
                path.CurveTo(a.X, a.Y, b.X, b.Y, e.X, e.Y);
                return (n[4], n[5]);
            case 'Z':
                path.Close();
                return pen;
            default:
                return pen;
        }
    }
}
