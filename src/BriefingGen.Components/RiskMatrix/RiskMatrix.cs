using BriefingGen.Model;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// A likelihood × impact grid (5 × 5) with each risk's id placed in its cell, shaded by rating band.
/// </summary>
/// <param name="Risks">The risks to place.</param>
/// <param name="LikelihoodLabel">The axis title for likelihood, in the document's language.</param>
/// <param name="ImpactLabel">The axis title for impact, in the document's language.</param>
public sealed record RiskMatrix(IReadOnlyList<RiskPoint> Risks, string LikelihoodLabel, string ImpactLabel) : Block
{
    /// <summary>The number of steps on each axis.</summary>
    public const int Size = 5;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Risks;

    /// <summary>What the grid shows, in words: for alternate text and the Word table's description.</summary>
    public string Description => $"{LikelihoodLabel} × {ImpactLabel}: " + string.Join(", ", Risks.Select(r => $"{r.Id} {r.Likelihood} × {r.Impact}"));
}
