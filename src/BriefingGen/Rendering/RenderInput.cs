using BriefingGen.Model;
using BriefingGen.Theming;

namespace BriefingGen.Rendering;

/// <summary>What a renderer gets: the document, its theme and the pack's optional style and font sources.</summary>
/// <param name="Document">The paper.</param>
/// <param name="Theme">How it looks.</param>
/// <param name="ReferenceDocPath">A .docx whose styles the Word output adopts, or null.</param>
public sealed record RenderInput(Document Document, Theme Theme, string? ReferenceDocPath)
{
    /// <summary>Folders searched for fonts before the system's: the pack's fonts/, then any configured.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>Where a renderer reports what it had to make do with (the output is still written).</summary>
    public Action<string> Warn { get; init; } = _ => { };
}
