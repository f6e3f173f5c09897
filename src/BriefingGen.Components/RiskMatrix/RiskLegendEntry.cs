namespace BriefingGen.Components.RiskMatrix;

/// <summary>One band in the risk matrix's legend: its shade, its name in the document's language and the scores it spans.</summary>
/// <param name="Band">The band: low, medium, high or critical.</param>
/// <param name="Name">What the paper calls it: "Low", "Lav", "Низкий".</param>
/// <param name="Lowest">The lowest score in the band.</param>
/// <param name="Highest">The highest score in the band.</param>
public sealed record RiskLegendEntry(string Band, string Name, int Lowest, int Highest)
{
    /// <summary>The scores as the legend writes them, with an en dash: "10–16".</summary>
    public string Range => $"{Lowest}–{Highest}";
}
