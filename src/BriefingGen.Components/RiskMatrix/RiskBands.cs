namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The rating bands of a risk score (likelihood × impact, 1–25): low 1–4, medium 5–9, high 10–16,
/// critical 20–25. One definition serves the templates, the register and the matrix.
/// </summary>
public static class RiskBands
{
    /// <summary>The band name of <paramref name="score"/>: low, medium, high or critical.</summary>
    public static string Of(long score) => score switch
    {
        >= 20 => "critical",
        >= 10 => "high",
        >= 5 => "medium",
        _ => "low",
    };
}
