namespace BriefingGen.Pdf.Writing;

/// <summary>One element of a tagged PDF's structure tree (ISO 32000-1 §14.7): its standard role and what it holds.</summary>
/// <param name="role">A standard structure type (§14.8.4): P, H1, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure…</param>
/// <param name="alt">Alternate text, for figures.</param>
/// <param name="scope">For a header cell (TH): "Column" or "Row", the cells it heads.</param>
internal sealed class StructureNode(string role, string? alt = null, string? scope = null)
{
    /// <summary>The structure type.</summary>
    public string Role { get; } = role;

    /// <summary>Alternate text, or null.</summary>
    public string? Alt { get; } = alt;

    /// <summary>The table attribute Scope of a header cell (§14.8.5.7), or null.</summary>
    public string? Scope { get; } = scope;

    /// <summary>The element's identifier (its ID entry, §14.7.2), which PDF/UA requires of a Note; unique in the file, or null.</summary>
    public string? Id { get; init; }

    /// <summary>The element it belongs to; set the first time it is drawn.</summary>
    public StructureNode? Parent { get; set; }

    /// <summary>Its children, marked content and link annotations, in reading order.</summary>
    public List<StructureKid> Kids { get; } = [];
}

/// <summary>Something a structure element holds.</summary>
internal abstract record StructureKid;

/// <summary>A child element.</summary>
internal sealed record ChildKid(StructureNode Node) : StructureKid;

/// <summary>A marked-content sequence on a page, by its MCID.</summary>
internal sealed record ContentKid(int Page, int Mcid) : StructureKid;

/// <summary>A link annotation on a page, by its index among the page's links.</summary>
internal sealed record AnnotationKid(int Page, int Link) : StructureKid;
