using BriefingGen.Components;
using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Html;
using BriefingGen.Html.Mail;
using BriefingGen.Html.PlainText;
using BriefingGen.Pdf;
using BriefingGen.Rendering;
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

    /// <summary>
    /// The pack for <paramref name="dataPath"/>: a name or folder from the command line, or a name
    /// from the data. Data can only name a pack, found where packs are looked for: a data file
    /// must not be able to send the generator to a folder of its choosing.
    /// </summary>
    public static PackRequest For(string dataPath, string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return new(option);
        }

        // A template field that is there names the pack, whatever it holds: `template: [a]` or an
        // empty one is refused where it stands, never quietly rendered with the default pack.
        var read = DataLoader.Load(dataPath);
        if (read.Root is null)
        {
            return new(DefaultPack) { DataErrors = read.Diagnostics };
        }

        return read.Root is DataMap map && map.Entries.FirstOrDefault(e => e.Key == "template") is { Value: not DataScalar { Kind: ScalarKind.Null } } field
            ? field.Value is DataScalar name
                ? new(name.Text.Trim(), name.Location)
                : new("", field.Value.Location) { Problem = $"expected the name of a template pack, such as {DefaultPack}, got {field.Value.Describe()}" }
            : new(DefaultPack);
    }

    /// <summary>The formats and components every pack the command line loads can use.</summary>
    public static EngineOptions Options { get; } = For(MailEnvelope.None);

    /// <summary>
    /// The formats and components, with messages (<c>--format eml</c>) addressed by
    /// <paramref name="envelope"/>, and PDFs that meet <paramref name="standard"/> (null: the pack's).
    /// </summary>
    public static EngineOptions For(MailEnvelope envelope, PdfStandard? standard = null)
    {
        if (envelope.From is null && envelope.To.Count == 0 && standard is null && Options is { } shared)
        {
            return shared;
        }

        var pdf = new PdfRenderer { Standard = standard };
        return new()
        {
            Renderers = [new WordRenderer(), pdf, new HtmlRenderer(), new HtmlEmailRenderer(), new PlainTextRenderer(), new EmlRenderer(pdf, envelope)],
            Extensions = BuiltInComponents.All,
        };
    }

    /// <summary>
    /// Why the data's <c>template:</c> field cannot choose a pack — it holds no name, or a path, or
    /// a list, or names no pack there is — as an error where the field stands; null when it names
    /// one, or the command line chose. It is asked of each file, so in a batch every file that
    /// names a missing pack is told so at its own field.
    /// </summary>
    public static Diagnostics.Diagnostic? Refusal(PackRequest request)
    {
        var problem = request switch
        {
            { Field: null } => null,
            { Problem: { } shape } => shape,
            { Name.Length: 0 } => $"the field names no pack; give a pack's name (such as {DefaultPack}), or leave the field out for the default",
            _ when !PackLocator.IsName(request.Name) => $"the field must name a pack (such as {DefaultPack}), not a path; give a folder with --template instead",
            _ when PackLocator.FindByName(request.Name) is null => NoPack(request.Name),
            _ => null,
        };
        return problem is null ? null : Diagnostics.Diagnostic.Error(request.Field!, "template", problem);
    }

    private static string NoPack(string name) =>
        $"no template pack '{Diagnostics.PrintablePath.Of(name)}'; looked in: {string.Join(", ", PackLocator.SearchRoots())}. Run 'briefgen templates' to list them.";

    /// <summary>Loads the engine <paramref name="request"/> asks for with <paramref name="options"/> (else <see cref="Options"/>), or says why it cannot.</summary>
    public static BriefingEngine? Load(PackRequest request, TextWriter error, EngineOptions? options = null)
    {
        var packName = request.Name;
        if (Refusal(request) is { } refusal)
        {
            DiagnosticPrinter.Print([refusal], error);
            return null;
        }

        var folder = request.FromData ? PackLocator.FindByName(packName) : PackLocator.Find(packName);
        if (folder is null)
        {
            error.WriteLine($"briefgen: {NoPack(packName)}");
            return null;
        }

        var engine = BriefingEngine.Load(folder, options ?? Options);
        if (engine.Pack is null)
        {
            DiagnosticPrinter.Print(engine.PackDiagnostics, error);
            return null;
        }

        return engine;
    }
}
