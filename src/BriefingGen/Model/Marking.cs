namespace BriefingGen.Model;

/// <summary>
/// A paper's protective marking once the engine has checked it against its scheme: what the
/// banners say, what the first page's stamp says, and what the file's properties record. Both
/// renderers read these texts as they are, so Word and PDF show the same words.
/// </summary>
/// <param name="Scheme">The scheme's id (<c>uk-gscp</c>, <c>no-sikkerhetsloven</c>…), or null for a marking written as free text.</param>
/// <param name="Level">The level as the scheme names it, e.g. <c>OFFICIAL</c> or <c>BEGRENSET</c>.</param>
/// <param name="Banner">The banner line in capitals, level with its descriptors and caveats.</param>
public sealed record Marking(string? Scheme, string Level, string Banner)
{
    /// <summary>The legal basis for withholding the paper, e.g. <c>offl. § 13 jf. fvl. § 13</c>, or null.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>The day the marking lapses, given or counted from the paper's date, or null.</summary>
    public DateOnly? DeclassifyOn { get; init; }

    /// <summary>The lines of the stamp on the first page (legal basis, declassification) in the paper's language; empty for none.</summary>
    public IReadOnlyList<string> Stamp { get; init; } = [];

    /// <summary>The Microsoft sensitivity label the pack ties to this marking, or null.</summary>
    public SensitivityLabel? SensitivityLabel { get; init; }
}
