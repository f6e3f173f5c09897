namespace BriefingGen.Templates;

/// <summary>The shape of a pack's <c>template.yaml</c>; every field but <c>name</c> has a default.</summary>
internal sealed class PackManifest
{
    /// <summary>The pack's name, used with <c>--template NAME</c>.</summary>
    public string? Name { get; set; }

    /// <summary>One line saying what the pack makes.</summary>
    public string? Description { get; set; }

    /// <summary>The main template, relative to the pack.</summary>
    public string Main { get; set; } = "brief.sbn";

    /// <summary>The data schema, relative to the pack.</summary>
    public string Schema { get; set; } = "schema.json";

    /// <summary>The theme, relative to the pack.</summary>
    public string Theme { get; set; } = "theme.yaml";

    /// <summary>A Word file whose styles the .docx output uses, relative to the pack.</summary>
    public string ReferenceDoc { get; set; } = "reference.docx";

    /// <summary>The language used when the data names none.</summary>
    public string DefaultLanguage { get; set; } = "en-GB";

    /// <summary>One-line Scriban templates for the page header and footer.</summary>
    public Dictionary<string, string> Page { get; set; } = [];
}
