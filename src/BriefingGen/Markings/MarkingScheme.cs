namespace BriefingGen.Markings;

/// <summary>
/// A system of protective markings, as data: its levels from lowest to highest, the descriptors
/// it allows, which companions (legal basis, declassification) each needs, how its banner is
/// written and the stamp's words in each language. The engine ships the national schemes; a pack
/// adds its own in <c>markings/*.yaml</c>.
/// </summary>
/// <param name="Id">The name data uses for it, e.g. <c>uk-gscp</c>.</param>
/// <param name="Name">Its full name, for messages.</param>
/// <param name="Levels">Its levels, lowest first; empty for a scheme that marks nothing.</param>
/// <param name="Descriptors">The descriptors it allows after a level.</param>
public sealed record MarkingScheme(string Id, string Name, IReadOnlyList<MarkingLevel> Levels, IReadOnlyList<MarkingDescriptor> Descriptors)
{
    /// <summary>What joins a descriptor to the level in the banner: <c>-</c> makes OFFICIAL-SENSITIVE.</summary>
    public string DescriptorSeparator { get; init; } = "-";

    /// <summary>What goes before each caveat in the banner.</summary>
    public string CaveatSeparator { get; init; } = " ";

    /// <summary>The stamp's words by language (<c>en</c>, <c>nb</c>) and key (<c>legal_basis</c>, <c>declassify_on</c>, <c>declassify_after</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

    /// <summary>The level called <paramref name="name"/> (any case), or null.</summary>
    public MarkingLevel? Level(string name) => Levels.FirstOrDefault(l => string.Equals(l.Id, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The rank of <paramref name="level"/>: 0 for the lowest.</summary>
    public int Rank(MarkingLevel level) => Levels.ToList().IndexOf(level);

    /// <summary>The descriptor called <paramref name="name"/> (any case), or null.</summary>
    public MarkingDescriptor? Descriptor(string name) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
