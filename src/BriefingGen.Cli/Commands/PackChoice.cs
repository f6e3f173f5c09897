using BriefingGen.Components;
using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Word;

namespace BriefingGen.Cli.Commands;

/// <summary>
/// Decides which pack renders a data file: <c>--template</c> when given, else the data's own
/// <c>template:</c> field, else the default pack.
/// </summary>
internal static class PackChoice
{
    /// <summary>The pack used when neither the command line nor the data names one.</summary>
    public const string DefaultPack = "policy-brief";

    /// <summary>The pack's name or folder for <paramref name="dataPath"/>.</summary>
    public static string For(string dataPath, string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var read = DataLoader.Load(dataPath);
        return read.Root is DataMap map && map["template"] is DataScalar { Kind: ScalarKind.String } name && name.Text.Length > 0
            ? name.Text
            : DefaultPack;
    }

    /// <summary>The formats and components every pack the command line loads can use.</summary>
    public static EngineOptions Options { get; } = new()
    {
        Renderers = [new WordRenderer(), new PdfRenderer()],
        Extensions = BuiltInComponents.All,
    };

    /// <summary>Loads the engine for <paramref name="packName"/>, or says why it cannot.</summary>
    public static BriefingEngine? Load(string packName, TextWriter error)
    {
        var folder = PackLocator.Find(packName);
        if (folder is null)
        {
            error.WriteLine($"briefgen: no template pack '{packName}'; looked in: {string.Join(", ", PackLocator.SearchRoots())}. Run 'briefgen templates' to list them.");
            return null;
        }

        var engine = BriefingEngine.Load(folder, Options);
        if (engine.Pack is null)
        {
            DiagnosticPrinter.Print(engine.PackDiagnostics, error);
            return null;
        }

        return engine;
    }
}
