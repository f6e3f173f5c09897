namespace BriefingGen.Markings;

/// <summary>The companions a scheme can require beside a level or descriptor, by the data's field names.</summary>
public static class MarkingCompanions
{
    /// <summary>The legal basis for withholding the paper (<c>legal_basis</c>).</summary>
    public const string LegalBasis = "legal_basis";

    /// <summary>When the marking lapses (<c>declassify</c>).</summary>
    public const string Declassify = "declassify";

    /// <summary>At least one handling caveat (<c>caveats</c>).</summary>
    public const string Caveats = "caveats";

    /// <summary>Every companion a scheme may name.</summary>
    public static readonly string[] All = [LegalBasis, Declassify, Caveats];
}
