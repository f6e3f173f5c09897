using BriefingGen.Engine;
using BriefingGen.Server.Packs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>
/// <c>POST /api/preview</c>: the paper's pages as SVG, drawn from the PDF's own layout — the same
/// page breaks, numbers, banners, running header and footer — so what the workspace shows is what
/// will print. The same pack and data give the same pages, so recent previews are kept and reused.
/// </summary>
internal static class PreviewEndpoint
{
    /// <summary>Adds the endpoint.</summary>
    public static void Map(WebApplication app, ServerState state) =>
        app.MapPost("/api/preview", (HttpRequest request) => HandleAsync(request.HttpContext, state));

    private static Task<IResult> HandleAsync(HttpContext context, ServerState state) =>
        KeptAnswers.AnswerAsync(
            context, state, "preview", state.Previews, state.Renders,
            (engine, source) => engine.Render(source, "svg"),
            (paper, pack) => paper.Succeeded ? Pages(paper, pack) : Answers.InvalidData(paper.Diagnostics, pack));

    private static CachedAnswer Pages(BriefingResult paper, PackEntry pack) =>
        new(StatusCodes.Status200OK, "application/json; charset=utf-8", PreviewJson.Write(paper.Outputs[0].Bytes.Span, Answers.Items(paper.Diagnostics, pack)));
}
