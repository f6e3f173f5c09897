using BriefingGen.Compose;
using BriefingGen.Data;
using BriefingGen.Extensions;
using BriefingGen.Images;
using BriefingGen.Rendering;

namespace BriefingGen.Engine;

/// <summary>How an engine is set up; vary with <c>with</c>.</summary>
public sealed record EngineOptions
{
    /// <summary>The output formats it can make (Word, PDF); Markdown is always there.</summary>
    public IReadOnlyList<IDocumentRenderer> Renderers { get; init; } = [];

    /// <summary>The components packs may use, by the names packs give them.</summary>
    public IReadOnlyList<IBriefingExtension> Extensions { get; init; } = [];

    /// <summary>Limits on the data.</summary>
    public DataLimits DataLimits { get; init; } = DataLimits.Default;

    /// <summary>Limits on template execution.</summary>
    public TemplateLimits TemplateLimits { get; init; } = TemplateLimits.Default;

    /// <summary>Limits on pictures: file size, pixel count, width and height.</summary>
    public ImageLimits ImageLimits { get; init; } = ImageLimits.Default;

    /// <summary>
    /// A brand kit folder the papers wear instead of the pack's own <c>brand:</c>: its theme merged
    /// over the pack's, its fonts, its reference.docx and logos. Null: the pack's own kit, if any.
    /// </summary>
    public string? BrandDirectory { get; init; }

    /// <summary>Extra folders searched for fonts, after the pack's fonts/ and before the system's.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];
}
