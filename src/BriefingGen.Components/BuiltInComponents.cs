using BriefingGen.Components.Charts;
using BriefingGen.Components.Digest;
using BriefingGen.Components.RiskMatrix;
using BriefingGen.Extensions;

namespace BriefingGen.Components;

/// <summary>The components that ship with BriefingGen; a pack names the ones it uses in its <c>template.yaml</c>.</summary>
public static class BuiltInComponents
{
    /// <summary>Every shipped component.</summary>
    public static IReadOnlyList<IBriefingExtension> All { get; } = [new RiskMatrixExtension(), new DigestExtension(), new ChartsExtension()];
}
