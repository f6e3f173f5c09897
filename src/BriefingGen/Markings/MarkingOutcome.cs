using BriefingGen.Model;

namespace BriefingGen.Markings;

/// <summary>What the marking rules decided: the paper's marking and each section's own.</summary>
/// <param name="Document">The paper's marking, or null for none.</param>
/// <param name="Sections">Per section break, in order, its marking, or null to show the paper's.</param>
internal sealed record MarkingOutcome(Marking? Document, IReadOnlyList<Marking?> Sections);
