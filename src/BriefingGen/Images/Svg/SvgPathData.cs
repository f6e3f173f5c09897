namespace BriefingGen.Images.Svg;

/// <summary>
/// Path data (SVG 1.1 §8.3): every command — M, L, H, V, C, S, Q, T, A and Z, absolute (upper case)
/// and relative (lower case), with implicit repeats — read into moves, lines and cubic curves.
/// Quadratic curves become the cubics with controls two thirds of the way to theirs; arcs go
/// through <see cref="SvgArc"/>. A mistake anywhere refuses the picture, rather than drawing it
/// partly as browsers do, so a broken logo is never printed half-drawn.
/// </summary>
internal static class SvgPathData
{
    /// <summary>Reads <paramref name="d"/> into a path, each segment counted against <paramref name="budget"/>.</summary>
    /// <exception cref="UnusableImageException">The data is broken or the picture holds too many segments.</exception>
    public static VectorPath Read(SvgElement element, string d, SvgBudget budget)
    {
        var path = new VectorPath();
        var numbers = new SvgNumbers(d);
        double x = 0, y = 0, startX = 0, startY = 0;
        double lastControlX = 0, lastControlY = 0;
        var previous = '\0';
        var command = '\0';
        var n = new double[7];
        while (!numbers.AtEnd)
        {
            if (char.IsAsciiLetter(numbers.Peek()))
            {
                command = numbers.Take();
                if (command is 'Z' or 'z')
                {
                    path.Close();
                    (x, y) = (startX, startY);
                    previous = command;
                    budget.Segment(element);
                    continue;
                }
            }
            else if (command is 'Z' or 'z')
            {
                throw Broken(element, d, "a command letter after Z");
            }

            if (path.Segments.Count == 0 && command is not ('M' or 'm'))
            {
                throw Broken(element, d, "a move-to (M or m) first");
            }

            var relative = char.IsAsciiLetterLower(command);
            var (dx, dy) = relative ? (x, y) : (0.0, 0.0);
            var upper = char.ToUpperInvariant(command);
            var count = upper switch { 'M' or 'L' or 'T' => 2, 'H' or 'V' => 1, 'C' => 6, 'S' or 'Q' => 4, 'A' => 7, _ => -1 };
            if (count < 0)
            {
                throw Broken(element, d, $"one of M, L, H, V, C, S, Q, T, A or Z, not '{command}'");
            }

            for (var i = 0; i < count; i++)
            {
                bool ok;
                if (upper == 'A' && i is 3 or 4)
                {
                    ok = numbers.TryFlag(out var flag);
                    n[i] = flag ? 1 : 0;
                }
                else
                {
                    ok = numbers.TryNumber(out n[i]);
                }

                if (!ok)
                {
                    throw Broken(element, d, $"{count} numbers after '{command}' (numbers within ±1,000,000,000)");
                }
            }

            budget.Segment(element);
            switch (upper)
            {
                case 'M':
                    (x, y) = (n[0] + dx, n[1] + dy);
                    (startX, startY) = (x, y);
                    path.MoveTo(x, y);
                    command = relative ? 'l' : 'L'; // later pairs are implicit line-tos (§8.3.2)
                    break;
                case 'L':
                    (x, y) = (n[0] + dx, n[1] + dy);
                    path.LineTo(x, y);
                    break;
                case 'H':
                    x = n[0] + dx;
                    path.LineTo(x, y);
                    break;
                case 'V':
                    y = n[0] + dy;
                    path.LineTo(x, y);
                    break;
                case 'C':
                    path.CubicTo(n[0] + dx, n[1] + dy, n[2] + dx, n[3] + dy, n[4] + dx, n[5] + dy);
                    (lastControlX, lastControlY) = (n[2] + dx, n[3] + dy);
                    (x, y) = (n[4] + dx, n[5] + dy);
                    break;
                case 'S':
                    var (sx, sy) = previous is 'C' or 'c' or 'S' or 's' ? ((2 * x) - lastControlX, (2 * y) - lastControlY) : (x, y);
                    path.CubicTo(sx, sy, n[0] + dx, n[1] + dy, n[2] + dx, n[3] + dy);
                    (lastControlX, lastControlY) = (n[0] + dx, n[1] + dy);
                    (x, y) = (n[2] + dx, n[3] + dy);
                    break;
                case 'Q':
                    Quadratic(path, x, y, n[0] + dx, n[1] + dy, n[2] + dx, n[3] + dy);
                    (lastControlX, lastControlY) = (n[0] + dx, n[1] + dy);
                    (x, y) = (n[2] + dx, n[3] + dy);
                    break;
                case 'T':
                    var (tx, ty) = previous is 'Q' or 'q' or 'T' or 't' ? ((2 * x) - lastControlX, (2 * y) - lastControlY) : (x, y);
                    Quadratic(path, x, y, tx, ty, n[0] + dx, n[1] + dy);
                    (lastControlX, lastControlY) = (tx, ty);
                    (x, y) = (n[0] + dx, n[1] + dy);
                    break;
                case 'A':
                    SvgArc.Append(path, x, y, n[0], n[1], n[2], n[3] != 0, n[4] != 0, n[5] + dx, n[6] + dy);
                    (x, y) = (n[5] + dx, n[6] + dy);
                    break;
            }

            previous = upper == 'M' ? 'M' : command;
        }

        return path;
    }

    private static void Quadratic(VectorPath path, double x0, double y0, double qx, double qy, double x, double y) =>
        path.CubicTo(x0 + (2.0 / 3 * (qx - x0)), y0 + (2.0 / 3 * (qy - y0)), x + (2.0 / 3 * (qx - x)), y + (2.0 / 3 * (qy - y)), x, y);

    private static UnusableImageException Broken(SvgElement element, string d, string expected) =>
        SvgProblems.BadValue(element, "d", d, expected);
}
