using BriefingGen.Data;

namespace BriefingGen.Rendering;

/// <summary>What an editable output needs to know about one value of a paper's data.</summary>
/// <param name="Path">Where the value is.</param>
/// <param name="Label">A name for people, e.g. "Risk R2 — mitigation", unique to the path.</param>
/// <param name="Value">The value, or null when the path leads to a map or list.</param>
public sealed record DataField(DataPath Path, string Label, DataScalar? Value)
{
    /// <summary>True when the schema marks the field as Markdown by design.</summary>
    public bool IsMarkdown { get; init; }

    /// <summary>The values the schema allows, as the data writes them (an enumeration, or a short range of whole numbers); null for any.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>The types the schema allows (<c>string</c>, <c>integer</c>…); empty for any.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];
}
