namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The rating bands of a risk score (likelihood × impact, 1–25): low 1–4, medium 5–9, high 10–16,
/// critical 20–25. One definition serves the templates, the register, the matrix and its legend.
/// </summary>
public static class RiskBands
{
    /// <summary>The bands from the least to the most severe; each is also the name of its shade, <c>risk-</c> and the band.</summary>
    public static IReadOnlyList<string> All { get; } = ["low", "medium", "high", "critical"];

    /// <summary>
    /// <paramref name="band"/> with a capital first letter ("Medium"), for a legend the pack's
    /// labels do not name. The band names are ASCII, so this needs none of
    /// <c>TextInfo.ToTitleCase</c>'s culture rules, whose first use builds an ICU collator.
    /// </summary>
    public static string Title(string band) => band.Length == 0 ? band : string.Concat(band[..1].ToUpperInvariant(), band.AsSpan(1));

    /// <summary>The band name of <paramref name="score"/>: low, medium, high or critical.</summary>
    public static string Of(long score) => score switch
    {
        >= 20 => "critical",
        >= 10 => "high",
        >= 5 => "medium",
        _ => "low",
    };

    /// <summary>
    /// The lowest and highest scores a grid cell of <paramref name="band"/> can have. Only products
    /// of two steps count, so high ends at 16 and critical starts at 20: no cell scores 17 to 19.
    /// </summary>
    public static (int Lowest, int Highest) Scores(string band)
    {
        var scores = Enumerable.Range(1, RiskMatrix.Size)
            .SelectMany(likelihood => Enumerable.Range(1, RiskMatrix.Size).Select(impact => likelihood * impact))
            .Where(score => Of(score) == band)
            .ToList();
        return (scores.Min(), scores.Max());
    }
}
