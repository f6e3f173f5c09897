using System.Collections.Concurrent;
using BriefingGen.Components;
using BriefingGen.Engine;
using BriefingGen.Rendering;

namespace BriefingGen.Testing;

/// <summary>Engines for tests: the shipped components always, and the renderers a test asks for; loaded once per pack and renderer set.</summary>
internal static class TestEngines
{
    private static readonly ConcurrentDictionary<string, BriefingEngine> Engines = new(StringComparer.Ordinal);

    /// <summary>The options tests use, with <paramref name="renderers"/>.</summary>
    public static EngineOptions Options(params IDocumentRenderer[] renderers) => new() { Renderers = renderers, Extensions = BuiltInComponents.All };

    /// <summary>The policy-brief pack's engine, composing only (Markdown is always there).</summary>
    public static BriefingEngine PolicyBrief => Engines.GetOrAdd("policy-brief", _ => BriefingEngine.Load(RepositoryPaths.PolicyBriefPack, Options()));

    /// <summary>An engine for the pack in <paramref name="folder"/> with <paramref name="renderers"/>, not cached.</summary>
    public static BriefingEngine Load(string folder, params IDocumentRenderer[] renderers) => BriefingEngine.Load(folder, Options(renderers));

    /// <summary>The sample composed into a document.</summary>
    public static Model.Document Sample()
    {
        var result = PolicyBrief.Render(DataSource.FromFile(RepositoryPaths.Sample));
        return result.Document ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
