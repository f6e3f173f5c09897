using BriefingGen.Data;
using BriefingGen.Rendering;
using BriefingGen.Templates;

namespace BriefingGen;

/// <summary>How one paper is made; vary with <c>with</c>.</summary>
public sealed record BriefingOptions
{
    /// <summary>The output formats to produce; none composes and validates only.</summary>
    public IReadOnlyList<IDocumentRenderer> Renderers { get; init; } = [];

    /// <summary>Limits on the data file.</summary>
    public DataLimits DataLimits { get; init; } = DataLimits.Default;

    /// <summary>Extra folders searched for fonts, after the pack's fonts/ and before the system's.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>Limits on template execution.</summary>
    public TemplateLimits TemplateLimits { get; init; } = TemplateLimits.Default;
}
