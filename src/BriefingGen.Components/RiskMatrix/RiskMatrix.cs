using BriefingGen.Model;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// A likelihood × impact grid (5 × 5) with each risk's id placed in its cell, each cell shaded by
/// its rating band and labelled with its score, and a legend of the bands and their scores.
/// </summary>
/// <param name="Risks">The risks to place.</param>
/// <param name="LikelihoodLabel">The axis title for likelihood, in the document's language.</param>
/// <param name="ImpactLabel">The axis title for impact, in the document's language.</param>
public sealed record RiskMatrix(IReadOnlyList<RiskPoint> Risks, string LikelihoodLabel, string ImpactLabel) : Block
{
    /// <summary>The number of steps on each axis.</summary>
    public const int Size = 5;

    /// <summary>What the grid is called, for the title of its alternative text: "Risk matrix".</summary>
    public string Title { get; init; } = "Risk matrix";

    /// <summary>The legend's title, in the document's language: "Rating by score".</summary>
    public string LegendTitle { get; init; } = "Rating by score";

    /// <summary>The bands the legend lists, least severe first, named in the document's language.</summary>
    public IReadOnlyList<RiskLegendEntry> Legend { get; init; } =
        RiskBands.All.Select(band => new RiskLegendEntry(band, RiskBands.Title(band), RiskBands.Scores(band).Lowest, RiskBands.Scores(band).Highest)).ToList();

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Risks;

    /// <summary>
    /// What the grid shows, in words, for the PDF's alternate text and the Word table's description:
    /// every risk with its cell and band, then the legend.
    /// </summary>
    public string Description =>
        $"{LikelihoodLabel} × {ImpactLabel}: "
        + string.Join(", ", Risks.Select(r => $"{r.Id} {r.Likelihood} × {r.Impact} ({BandName(r.Likelihood * r.Impact)})"))
        + $". {LegendTitle}: " + string.Join(", ", Legend.Select(b => $"{b.Name} {b.Range}")) + ".";

    /// <summary>The legend's name for the band of <paramref name="score"/>.</summary>
    public string BandName(int score)
    {
        var band = RiskBands.Of(score);
        return Legend.FirstOrDefault(b => b.Band == band)?.Name ?? band;
    }

    /// <summary>The ids of the risks in the cell at <paramref name="likelihood"/> and <paramref name="impact"/>, in order.</summary>
    public IReadOnlyList<string> IdsAt(int likelihood, int impact) =>
        RisksAt(likelihood, impact).Select(r => r.Id).ToList();

    /// <summary>The risks in one cell, in data order, each with its id's origin.</summary>
    public IReadOnlyList<RiskPoint> RisksAt(int likelihood, int impact) =>
        Risks.Where(r => r.Likelihood == likelihood && r.Impact == impact).ToList();
}
