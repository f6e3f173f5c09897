using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Rendering;

/// <summary>What a renderer gets: the document, the stylesheet, the components' renderers and the pack's style and font sources.</summary>
/// <param name="Document">The paper.</param>
/// <param name="StyleSheet">How it looks.</param>
public sealed record RenderInput(Document Document, StyleSheet StyleSheet)
{
    /// <summary>The renderers the pack's components bring, for every backend; each takes the ones it knows.</summary>
    public IReadOnlyList<object> ComponentRenderers { get; init; } = [];

    /// <summary>A .docx whose styles the Word output adopts, or null.</summary>
    public string? ReferenceDocPath { get; init; }

    /// <summary>Folders searched for fonts before the system's: the pack's fonts/, then any configured.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>The PDF standard the pack asks its papers to meet; a PDF renderer may be told otherwise.</summary>
    public PdfStandard PdfStandard { get; init; } = PdfStandard.None;

    /// <summary>The pages as a paginating renderer laid them out, or null when none was asked.</summary>
    public PageMap? Pages { get; init; }

    /// <summary>The data the paper was made from, for outputs that carry it and bind their fields to it; null for a document built by hand.</summary>
    public PaperData? SourceData { get; init; }

    /// <summary>Where a renderer reports what it had to make do with (the output is still written), with the data it concerns when known.</summary>
    public Action<string, Origin?> Warn { get; init; } = (_, _) => { };
}
