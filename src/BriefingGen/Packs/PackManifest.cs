namespace BriefingGen.Packs;

/// <summary>What a pack's <c>template.yaml</c> says; every field but <c>name</c> has a default.</summary>
public sealed record PackManifest
{
    /// <summary>The pack's name, used with <c>--template NAME</c>.</summary>
    public required string Name { get; init; }

    /// <summary>One line saying what the pack makes.</summary>
    public string Description { get; init; } = "";

    /// <summary>The pack's version, written into the papers it makes.</summary>
    public string Version { get; init; } = "";

    /// <summary>The main template, relative to the pack.</summary>
    public string Main { get; init; } = "brief.sbn";

    /// <summary>The data schema, relative to the pack.</summary>
    public string Schema { get; init; } = "schema.json";

    /// <summary>The theme, relative to the pack.</summary>
    public string Theme { get; init; } = "theme.yaml";

    /// <summary>A Word file whose styles the paper uses, relative to the pack.</summary>
    public string ReferenceDoc { get; init; } = "reference.docx";

    /// <summary>The language used when the data names none.</summary>
    public string DefaultLanguage { get; init; } = "en-GB";

    /// <summary>
    /// True (the default) to print straight quotes, apostrophes, dashes and three dots as the paper's
    /// language sets them (“ ” ’ – … in English, « » in Norwegian and Russian); false to keep every
    /// character as the data and templates wrote it.
    /// </summary>
    public bool TypographicPunctuation { get; init; } = true;

    /// <summary>The PDF standard the pack's papers claim unless the command line says otherwise (<c>pdf_standard:</c>).</summary>
    public Rendering.PdfStandard PdfStandard { get; init; } = Rendering.PdfStandard.None;

    /// <summary>The components the pack's templates use, by name.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>One-line templates for the running header and footer, by position (<c>header_left</c>…).</summary>
    public IReadOnlyDictionary<string, string> Page { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The logo in the running header (<c>page.header_logo</c>…), or null for none.</summary>
    public HeaderLogoSetting? HeaderLogo { get; init; }

    /// <summary>
    /// The pack's default brand kit (<c>brand:</c>), a folder inside the pack, or null; a kit the
    /// caller chooses (<c>--brand</c>, <c>EngineOptions.BrandDirectory</c>) takes its place.
    /// </summary>
    public string? Brand { get; init; }

    /// <summary>
    /// Where each setting's value is written, by key (<c>main</c>, <c>brand</c>…), and each entry
    /// of <c>components:</c> by <c>components[i]</c>: a mistake found after reading, such as a file
    /// or component that does not exist, is reported at its line.
    /// </summary>
    internal IReadOnlyDictionary<string, Diagnostics.SourceLocation> Locations { get; init; } = new Dictionary<string, Diagnostics.SourceLocation>(StringComparer.Ordinal);

    /// <summary>Where the setting <paramref name="key"/> is written, else the whole file at <paramref name="manifestPath"/>.</summary>
    internal Diagnostics.SourceLocation LocationOf(string key, string manifestPath) =>
        Locations.TryGetValue(key, out var location) ? location : Diagnostics.SourceLocation.OfFile(manifestPath);

    /// <summary>One-line templates for the document's properties, by field (<c>title</c>, <c>date</c>…).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The top-level data field that holds the paper's marking (text or marking object).</summary>
    public string MarkingField { get; init; } = "marking";

    /// <summary>The scheme a marking written as plain text belongs to, or null to take such text as it is.</summary>
    public string? MarkingScheme { get; init; }

    /// <summary>Microsoft sensitivity labels by the marking (level or whole banner) they stand for.</summary>
    public IReadOnlyDictionary<string, Markings.SensitivityLabelSetting> SensitivityLabels { get; init; } = new Dictionary<string, Markings.SensitivityLabelSetting>(StringComparer.OrdinalIgnoreCase);
}
