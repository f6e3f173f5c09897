namespace BriefingGen.Markings;

/// <summary>One level of a scheme, e.g. OFFICIAL or STRENGT HEMMELIG.</summary>
/// <param name="Id">The level as banners write it.</param>
/// <param name="Requires">The companions a marking at this level must carry (<see cref="MarkingCompanions"/>).</param>
public sealed record MarkingLevel(string Id, IReadOnlyList<string> Requires);
