using BriefingGen.Model;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>A risk's place in a <see cref="RiskMatrix"/>; its origin is the risk's id in the data.</summary>
/// <param name="Id">The risk's short id, e.g. R3.</param>
/// <param name="Likelihood">1 (rare) to 5 (almost certain).</param>
/// <param name="Impact">1 (minor) to 5 (severe).</param>
public sealed record RiskPoint(string Id, int Likelihood, int Impact) : Node;
