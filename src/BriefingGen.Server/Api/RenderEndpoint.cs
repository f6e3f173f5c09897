using BriefingGen.Engine;
using BriefingGen.Server.Packs;
using BriefingGen.Server.Work;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>
/// <c>POST /api/render</c>: the paper as a file — .docx, .pdf or .md — with its content type and a
/// file name made from the paper's title. The file is made in memory and sent; nothing is kept.
/// </summary>
internal static class RenderEndpoint
{
    /// <summary>The formats a request may ask for, with their content types.</summary>
    public static IReadOnlyDictionary<string, string> Outputs { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["pdf"] = "application/pdf",
        ["md"] = "text/markdown; charset=utf-8",
    };

    /// <summary>Adds the endpoint.</summary>
    public static void Map(WebApplication app, ServerState state) =>
        app.MapPost("/api/render", (HttpRequest request) => HandleAsync(request.HttpContext, state));

    private static async Task<IResult> HandleAsync(HttpContext context, ServerState state)
    {
        var (request, pack, problem) = await RequestReader.ReadAsync(context, state).ConfigureAwait(false);
        if (problem is not null)
        {
            return Answers.Of(problem);
        }

        var output = request!.Output ?? "pdf";
        if (!Outputs.TryGetValue(output, out var contentType))
        {
            return Answers.Of(new Problem(StatusCodes.Status400BadRequest, "unknown_output", $"'output' must be one of {string.Join(", ", Outputs.Keys)}, not '{output}'."));
        }

        var source = DataSource.FromText(request.Data!, DataFormats.SourceName(request.Format!));
        var result = await state.Renders.RunAsync(() => pack!.Engine.Render(source, output), state.Options.RenderTimeout, context.RequestAborted).ConfigureAwait(false);
        if (result.Outcome != GateOutcome.Done)
        {
            return Answers.NotDone(result.Outcome, state.Options, context);
        }

        var paper = result.Value!;
        if (!paper.Succeeded)
        {
            return Answers.InvalidData(paper.Diagnostics, pack!);
        }

        var file = paper.Outputs[0];
        context.Response.Headers["X-Diagnostics-Count"] = paper.Diagnostics.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(file.Bytes.ToArray(), contentType, FileNames.FromTitle(paper.Document!.Metadata.Title, file.Extension));
    }
}
