namespace BriefingGen.Styling;

/// <summary>
/// The rules a chart palette must keep, so that no series depends on colour vision alone to be
/// told apart: every colour stands out from white paper by at least 3:1 (WCAG 2.1 §1.4.11,
/// non-text contrast), and neighbouring series differ in lightness by at least
/// <see cref="MinimumLightnessStep"/> (CIE L*) in normal vision and as people with protanopia and
/// deuteranopia see them (simulated with the matrices of Machado, Oliveira and Fernandes, 2009,
/// at full severity). Lightness survives both kinds of red–green colour blindness and greyscale
/// printing, where hue does not.
/// </summary>
public static class ChartPalette
{
    /// <summary>A bar or line against white must reach this contrast ratio (WCAG 2.1 §1.4.11).</summary>
    public const double MinimumContrast = 3;

    /// <summary>How far apart in CIE L* (0 black to 100 white) neighbouring series must be.</summary>
    public const double MinimumLightnessStep = 10;

    /// <summary>The most colours a palette may have; charts allow as many series.</summary>
    public const int MaxColors = 8;

    /// <summary>The kinds of vision a palette is checked for, with their linear-RGB simulation matrices.</summary>
    public static IReadOnlyList<(string Name, double[,] Matrix)> Visions { get; } =
    [
        ("normal vision", new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }),
        ("protanopia", new double[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } }),
        ("deuteranopia", new double[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } }),
    ];

    /// <summary>
    /// What is wrong with <paramref name="colors"/>, each problem with the index of the colour it
    /// concerns and a sentence saying what to change; empty when the palette is usable.
    /// </summary>
    public static IReadOnlyList<(int Index, string Message)> Problems(IReadOnlyList<string> colors)
    {
        var problems = new List<(int, string)>();
        if (colors.Count < 2)
        {
            problems.Add((0, "a chart palette needs at least 2 colours"));
        }

        if (colors.Count > MaxColors)
        {
            problems.Add((MaxColors, $"a chart palette has at most {MaxColors} colours, got {colors.Count}"));
        }

        for (var i = 0; i < colors.Count; i++)
        {
            var ratio = Contrast.Ratio(colors[i], "FFFFFF");
            if (ratio < MinimumContrast)
            {
                problems.Add((i, $"{colors[i]} has a contrast of {ratio:0.0}:1 against white; bars and lines need at least {MinimumContrast}:1 (WCAG 1.4.11): take a darker colour"));
            }
        }

        for (var i = 1; i < colors.Count; i++)
        {
            foreach (var (vision, matrix) in Visions)
            {
                var (a, b) = (Lightness(colors[i - 1], matrix), Lightness(colors[i], matrix));
                if (Math.Abs(a - b) < MinimumLightnessStep)
                {
                    problems.Add((i, $"{colors[i - 1]} and {colors[i]} are neighbouring series of lightness {a:0} and {b:0} in {vision}; they need to differ by at least {MinimumLightnessStep:0} (CIE L*) to be told apart without colour: alternate darker and lighter colours"));
                    break;
                }
            }
        }

        return problems;
    }

    /// <summary>The CIE L* lightness (0–100) of <paramref name="rgb"/> as seen through <paramref name="vision"/>.</summary>
    public static double Lightness(string rgb, double[,] vision)
    {
        var linear = new[] { Channel(rgb, 0), Channel(rgb, 2), Channel(rgb, 4) };
        var seen = new double[3];
        for (var row = 0; row < 3; row++)
        {
            seen[row] = Math.Clamp((vision[row, 0] * linear[0]) + (vision[row, 1] * linear[1]) + (vision[row, 2] * linear[2]), 0, 1);
        }

        var y = (0.2126 * seen[0]) + (0.7152 * seen[1]) + (0.0722 * seen[2]);
        return y > 216.0 / 24389 ? (116 * Math.Cbrt(y)) - 16 : y * 24389 / 27;
    }

    private static double Channel(string rgb, int offset)
    {
        var v = Convert.ToInt32(rgb.Substring(offset, 2), 16) / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
    }
}
