namespace BriefingGen.Markings;

/// <summary>A descriptor a scheme allows after a level, e.g. SENSITIVE in OFFICIAL-SENSITIVE.</summary>
/// <param name="Id">The descriptor as banners write it.</param>
/// <param name="Levels">The levels it may follow; empty for any.</param>
/// <param name="Requires">The companions a marking with this descriptor must carry (<see cref="MarkingCompanions"/>).</param>
public sealed record MarkingDescriptor(string Id, IReadOnlyList<string> Levels, IReadOnlyList<string> Requires);
