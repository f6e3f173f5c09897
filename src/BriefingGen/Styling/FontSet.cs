namespace BriefingGen.Styling;

/// <summary>
/// Font families by role. Each list is tried in order: Word files name the first (Word and
/// LibreOffice substitute metric-compatible fonts such as Carlito for Calibri); the PDF engine
/// embeds the first it finds installed.
/// </summary>
public sealed record FontSet
{
    /// <summary>Running text, lists and tables.</summary>
    public IReadOnlyList<string> Body { get; init; } = ["Calibri", "Carlito", "Liberation Sans", "DejaVu Sans"];

    /// <summary>Title and headings.</summary>
    public IReadOnlyList<string> Heading { get; init; } = ["Calibri", "Carlito", "Liberation Sans", "DejaVu Sans"];

    /// <summary>Code and identifiers.</summary>
    public IReadOnlyList<string> Mono { get; init; } = ["Consolas", "Liberation Mono", "DejaVu Sans Mono"];
}
