using System.Text.Json;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Server.Packs;
using BriefingGen.Server.Work;
using BriefingGen.Word.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>
/// <c>POST /api/extract</c>: a paper's data read back, as <c>briefgen extract</c> reads it — the data
/// embedded when it was made, with every edit made since in its content controls — with what
/// changed. The Word task pane sends the open document here to edit its data beside it. A paper
/// whose data cannot be read (no data part, deleted controls, conflicting edits) is answered 422
/// with the reasons; data that reads but breaks the pack's schema is answered 200 with the
/// errors, told at the controls, so the user can fix them in the editor.
/// </summary>
internal static class ExtractEndpoint
{
    /// <summary>The name the paper goes by in diagnostics.</summary>
    public const string PaperName = "paper.docx";

    /// <summary>Adds the endpoint.</summary>
    public static void Map(WebApplication app, ServerState state) =>
        app.MapPost("/api/extract", (HttpRequest request) => HandleAsync(request.HttpContext, state));

    private static async Task<IResult> HandleAsync(HttpContext context, ServerState state)
    {
        var (body, problem) = await RequestReader.ReadJsonBodyAsync(context, state).ConfigureAwait(false);
        if (problem is not null)
        {
            return Answers.Of(problem);
        }

        var (docx, format, malformed) = Parse(body!);
        if (malformed is not null)
        {
            return Answers.Of(malformed);
        }

        var result = await state.Renders.RunAsync(() => Extract(docx!, format!, state), state.Options.RenderTimeout, context.RequestAborted).ConfigureAwait(false);
        return result.Outcome == GateOutcome.Done ? result.Value! : Answers.NotDone(result.Outcome, state.Options, context);
    }

    private static (byte[]? Docx, string? Format, Problem? Problem) Parse(byte[] body)
    {
        ExtractRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body, ServerJson.Default.ExtractRequest);
        }
        catch (JsonException e)
        {
            return (null, null, new Problem(StatusCodes.Status400BadRequest, "malformed_request", RequestJson.Why(e)));
        }

        if (request?.Paper is not { Length: > 0 } paper)
        {
            return (null, null, new Problem(StatusCodes.Status400BadRequest, "malformed_request", "The request needs 'paper': the .docx file in base64."));
        }

        var format = request.Format ?? "yaml";
        if (!DataFormats.All.Contains(format))
        {
            return (null, null, new Problem(StatusCodes.Status400BadRequest, "unknown_format", $"'format' must be {string.Join(" or ", DataFormats.All)}, not '{format}'."));
        }

        try
        {
            return (Convert.FromBase64String(paper), format, null);
        }
        catch (FormatException)
        {
            return (null, null, new Problem(StatusCodes.Status400BadRequest, "malformed_request", "'paper' is not base64."));
        }
    }

    private static IResult Extract(byte[] docx, string format, ServerState state)
    {
        var extracted = PaperExtractor.Extract(new MemoryStream(docx, writable: false), PaperName);
        if (!extracted.Succeeded)
        {
            return Unreadable("The paper's data cannot be read back; each diagnostic says why.", extracted.Diagnostics);
        }

        if (state.Packs.Find(extracted.Pack) is not { } pack)
        {
            return Answers.Of(new Problem(StatusCodes.Status422UnprocessableEntity, "unknown_template", $"This paper was made with the pack '{extracted.Pack}', which this service does not offer; GET /api/templates lists those it does."));
        }

        var diagnostics = new List<Diagnostic>(extracted.Diagnostics);
        var version = pack.Engine.Pack!.Manifest.Version;
        if (extracted.Version.Length > 0 && extracted.Version != version)
        {
            diagnostics.Add(Diagnostic.Warning(SourceLocation.OfFile(PaperName), "", $"the paper was made with {extracted.Pack} {extracted.Version}; it is checked against version {version}"));
        }

        var data = extracted.Data!;
        diagnostics.AddRange(pack.Engine.Validate(DataSource.FromTree(data, PaperName)).Select(d => extracted.AtControl(d, PaperName)));
        var changes = DataDiff.Compare(extracted.Embedded!, data)
            .Select(c => new ChangeItem(c.Kind.ToString().ToLowerInvariant(), c.Path.ToString(), c.ToString()))
            .ToList();
        var text = format == "json" ? JsonDataWriter.Write(data) : YamlDataWriter.Write(data);
        var answer = new ExtractResponse(pack.Name, extracted.Version, format, text, changes, Answers.Items(diagnostics, pack));
        return Answers.Json(answer, ServerJson.Relaxed.ExtractResponse);
    }

    private static IResult Unreadable(string title, IEnumerable<Diagnostic> diagnostics) =>
        Answers.Of(new Problem(StatusCodes.Status422UnprocessableEntity, "unreadable_paper", title, diagnostics.Select(d => DiagnosticItem.From(d, null)).ToList()));
}
