namespace BriefingGen.Packs;

/// <summary>
/// A pack's labels in one language: section names and fixed words. The texts are kept as the very
/// string objects templates see, so the composer can tell a label (the pack's own text, whose
/// <c>{page}</c> placeholders become fields) from data that happens to read the same.
/// </summary>
public sealed class PackLabels
{
    /// <summary>No labels.</summary>
    public static PackLabels Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Wraps <paramref name="texts"/>.</summary>
    public PackLabels(IReadOnlyDictionary<string, string> texts)
    {
        Texts = texts;
        Values = new HashSet<object>(texts.Values, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Label texts by key.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>
    /// The English labels file, when these are English because the pack has none for the
    /// paper's language; null when they are the language's own. The composer, which knows where
    /// the language was chosen, says so there.
    /// </summary>
    public string? EnglishInstead { get; init; }

    /// <summary>The label strings themselves, compared by reference.</summary>
    internal HashSet<object> Values { get; }
}
