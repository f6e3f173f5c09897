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

    /// <summary>Limits on template execution.</summary>
    public TemplateLimits TemplateLimits { get; init; } = TemplateLimits.Default;
}
