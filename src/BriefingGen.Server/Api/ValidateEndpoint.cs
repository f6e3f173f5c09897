using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Server.Packs;
using BriefingGen.Server.Work;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>
/// <c>POST /api/validate</c>: the data checked against its pack, as <c>briefgen validate</c> checks a
/// file: the same diagnostics, in the same order. Valid data is answered 200 (with any warnings),
/// data with errors 422 with every diagnostic, as the other endpoints answer it; the workspace
/// calls it as the user types.
/// </summary>
internal static class ValidateEndpoint
{
    /// <summary>Adds the endpoint.</summary>
    public static void Map(WebApplication app, ServerState state) =>
        app.MapPost("/api/validate", (HttpRequest request) => HandleAsync(request.HttpContext, state));

    private static async Task<IResult> HandleAsync(HttpContext context, ServerState state)
    {
        var (request, pack, problem) = await RequestReader.ReadAsync(context, state).ConfigureAwait(false);
        if (problem is not null)
        {
            return Answers.Of(problem);
        }

        var key = AnswerCache.KeyOf("validate", pack!.Name, request!.Format!, request.Data!);
        if (state.ValidationAnswers.Get(key) is { } kept)
        {
            return kept;
        }

        var source = DataSource.FromText(request.Data!, DataFormats.SourceName(request.Format!));
        var result = await state.Validations.RunAsync(() => pack.Engine.Validate(source), state.Options.RenderTimeout, context.RequestAborted).ConfigureAwait(false);
        if (result.Outcome != GateOutcome.Done)
        {
            return Answers.NotDone(result.Outcome, state.Options, context);
        }

        var diagnostics = result.Value!;
        var answer = diagnostics.Any(d => d.Severity == Severity.Error)
            ? Answers.InvalidData(diagnostics, pack)
            : CachedAnswer.Of(StatusCodes.Status200OK, "application/json; charset=utf-8", new ValidateResponse(true, Answers.Items(diagnostics, pack)), ServerJson.Relaxed.ValidateResponse);
        state.ValidationAnswers.Put(key, answer);
        return answer;
    }
}
