using BriefingGen.Styling;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The shade of each rating band: the theme's <c>risk-low</c> … <c>risk-critical</c>, or, for a
/// theme that has none, steps of grey from light to dark, so the bands still tell apart (and
/// read in print) without the pack choosing colours.
/// </summary>
internal static class RiskShades
{
    private static readonly Dictionary<string, Shade> Greys = new(StringComparer.Ordinal)
    {
        ["low"] = new("F2F2F2", "262626"),
        ["medium"] = new("D0D0D0", "262626"),
        ["high"] = new("A3A3A3", "000000"),
        ["critical"] = new("505050", "FFFFFF"),
    };

    /// <summary>The name of a band's shade in the theme: <c>risk-high</c>.</summary>
    public static string Name(string band) => "risk-" + band;

    /// <summary>The shade of <paramref name="band"/> in <paramref name="sheet"/>, or its grey.</summary>
    public static Shade For(StyleSheet sheet, string band) => sheet.Shade(Name(band)) ?? Greys[band];
}
