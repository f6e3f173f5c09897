using BriefingGen.Components;
using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Word;

namespace BriefingGen.Benchmarks;

/// <summary>The shipped policy-brief pack and its sample, as every benchmark measures them.</summary>
internal static class PolicyBrief
{
    /// <summary>The pack's folder.</summary>
    public static string Pack => Path.Combine(RepositoryRoot.Find(), "templates", "policy-brief");

    /// <summary>The sample data file the README renders.</summary>
    public static string Sample => Path.Combine(Pack, "examples", "norway-russia.yaml");

    /// <summary>
    /// One engine for the pack with the Word, PDF and SVG page renderers and the built-in
    /// components, as <c>briefgen serve</c> loads it (the CLI loads the same without SVG).
    /// </summary>
    public static BriefingEngine Engine()
    {
        var pdf = new PdfRenderer();
        return BriefingEngine.Load(Pack, new EngineOptions
        {
            Renderers = [new WordRenderer(), pdf, new SvgPageRenderer(pdf)],
            Extensions = BuiltInComponents.All,
        });
    }
}
