using BriefingGen.Model;

namespace BriefingGen.Compose;

/// <summary>What a <c>section</c> call sets for the section it starts; null keeps the paper's default.</summary>
internal sealed record SectionSettings
{
    /// <summary>True for landscape pages, false for portrait, null to keep the paper's orientation.</summary>
    public bool? Landscape { get; init; }

    /// <summary>The page numbering, or null to go on from the section before.</summary>
    public PageNumbering? Numbering { get; init; }

    /// <summary>Header and footer texts that replace the pack's, by position (<c>header_left</c>…).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Inline>> Furniture { get; init; } = new Dictionary<string, IReadOnlyList<Inline>>(StringComparer.Ordinal);

    /// <summary>A title for this section's furniture and properties, or null.</summary>
    public string? Title { get; init; }

    /// <summary>This section's protective marking, or null for the paper's.</summary>
    public string? Classification { get; init; }

    /// <summary>This section's marking as the template passed it (text or marking object), checked by the engine's marking rules; null for the paper's.</summary>
    public Markings.MarkingRequest? Marking { get; init; }
}
