namespace BriefingGen.Model;

/// <summary>
/// What a document says about itself: shown in the title block and written to the file's
/// properties, so a records system can file the paper without opening it.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>The paper's title.</summary>
    public required string Title { get; init; }

    /// <summary>A second line under the title, or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Who wrote it.</summary>
    public string? Author { get; init; }

    /// <summary>The author's organisation, shown in the header and written as the company.</summary>
    public string? Organisation { get; init; }

    /// <summary>The paper's own date (not the time it was generated).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The culture the paper is written in, e.g. <c>nb-NO</c>.</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>Protective marking such as RESTRICTED, shown as a banner on every page; null for none.</summary>
    public string? Classification { get; init; }

    /// <summary>
    /// Text drawn large and pale across every page while the paper is not final, such as DRAFT;
    /// null for none. Packs usually derive it from the data's status.
    /// </summary>
    public string? Watermark { get; init; }

    /// <summary>The checked marking behind <see cref="Classification"/>, or null when the paper has none or a pack gives only free text.</summary>
    public Marking? Marking { get; init; }

    /// <summary>The file reference, e.g. FIN-2026/0412.</summary>
    public string? Reference { get; init; }

    /// <summary>A one-line description, written as the subject property.</summary>
    public string? Subject { get; init; }

    /// <summary>Search keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>A shorter title for running headers and footers, or null to shorten the title itself.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The pack's name and version, written into the file so a paper says what made it.</summary>
    public string? Generator { get; init; }

    /// <summary>For each property that came from one data value (<c>title</c>, <c>date</c>…), that value's origin.</summary>
    public IReadOnlyDictionary<string, Origin> Origins { get; init; } = new Dictionary<string, Origin>(StringComparer.Ordinal);
}
