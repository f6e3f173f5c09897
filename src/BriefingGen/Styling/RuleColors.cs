using System.Globalization;

namespace BriefingGen.Styling;

/// <summary>
/// The colour a table rule is drawn in where it crosses a shaded cell. A light grey rule that
/// stands out on white paper vanishes on a pale fill; drawn in a deeper tone of the fill instead,
/// it stands out from the fill as much as it does from the page. Both backends draw rules with it,
/// so Word and PDF agree.
/// </summary>
public static class RuleColors
{
    /// <summary>The page the rule colour was chosen against.</summary>
    private const string Paper = "FFFFFF";

    /// <summary>
    /// <paramref name="rule"/> when it contrasts with <paramref name="fill"/> at least as much as
    /// with the page; else <paramref name="fill"/> darkened just enough to do so.
    /// </summary>
    public static string Over(string rule, string? fill)
    {
        if (fill is null || !IsColor(fill) || !IsColor(rule))
        {
            return rule;
        }

        var wanted = Contrast.Ratio(rule, Paper);
        if (Contrast.Ratio(rule, fill) >= wanted)
        {
            return rule;
        }

        for (var factor = 0.95; factor > 0; factor -= 0.05)
        {
            var darker = Scale(fill, factor);
            if (Contrast.Ratio(darker, fill) >= wanted)
            {
                return darker;
            }
        }

        return "000000";
    }

    /// <summary>Of two rule colours meeting at one edge, the one drawn: the darker, as Word resolves two cells' borders.</summary>
    public static string Darker(string a, string b) => IsColor(a) && IsColor(b) && Contrast.Luminance(b) < Contrast.Luminance(a) ? b : a;

    private static bool IsColor(string text) => text.Length == 6 && text.All(char.IsAsciiHexDigit);

    private static string Scale(string rgb, double factor)
    {
        int Channel(int offset) => (int)Math.Round(int.Parse(rgb.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * factor);
        return string.Create(CultureInfo.InvariantCulture, $"{Channel(0):X2}{Channel(2):X2}{Channel(4):X2}");
    }
}
