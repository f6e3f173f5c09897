using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Markings;

/// <summary>
/// A marking as the data or a template gave it, before it is checked against its scheme: either
/// the plain text of today's <c>classification: RESTRICTED</c>, or the fields of a marking object
/// (<c>scheme, level, descriptors, caveats, legal_basis, declassify</c>), each with its origin so
/// a rule that fails can point at the value.
/// </summary>
internal sealed record MarkingRequest
{
    /// <summary>The data keys a marking object may have.</summary>
    public static readonly string[] Keys = ["scheme", "level", "descriptors", "caveats", "legal_basis", "declassify"];

    /// <summary>The keys of its <c>declassify</c> map.</summary>
    public static readonly string[] DeclassifyKeys = ["on", "after_years"];

    /// <summary>Where the marking is written, for messages about it as a whole.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Its path in the data (<c>classification</c>, <c>annexes[1].marking</c>), or empty.</summary>
    public string Path { get; init; } = "";

    /// <summary>True for the plain-text form: the text is the level, or the whole marking where no scheme applies.</summary>
    public bool IsPlainText { get; init; }

    /// <summary>The scheme's id, or null to use the paper's (or the pack's default).</summary>
    public MarkingValue? Scheme { get; init; }

    /// <summary>The level, or the plain text.</summary>
    public MarkingValue? Level { get; init; }

    /// <summary>Descriptors after the level, e.g. SENSITIVE.</summary>
    public IReadOnlyList<MarkingValue> Descriptors { get; init; } = [];

    /// <summary>Handling caveats, e.g. UK EYES ONLY.</summary>
    public IReadOnlyList<MarkingValue> Caveats { get; init; } = [];

    /// <summary>The legal basis for withholding the paper.</summary>
    public MarkingValue? LegalBasis { get; init; }

    /// <summary>The day the marking lapses.</summary>
    public DateOnly? DeclassifyOn { get; init; }

    /// <summary>The years after the paper's date when it lapses.</summary>
    public long? DeclassifyAfterYears { get; init; }

    /// <summary>Where the day or years it lapses are written, when they are.</summary>
    public SourceLocation? DeclassifyLocation { get; init; }

    /// <summary>Where the marking's level is written, or the marking itself.</summary>
    public SourceLocation LevelLocation => Level?.Origin?.Location ?? Location;

    /// <summary>A path for messages about <paramref name="field"/> of this marking.</summary>
    public string PathOf(string field) => Path.Length == 0 ? field : IsPlainText ? Path : $"{Path}.{field}";

    /// <summary>The plain-text form.</summary>
    public static MarkingRequest PlainText(string text, Origin? origin, SourceLocation fallback) => new()
    {
        Location = origin?.Location ?? fallback,
        Path = origin?.Path ?? "",
        IsPlainText = true,
        Level = new MarkingValue(text.Trim(), origin),
    };
}
