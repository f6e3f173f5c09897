using BriefingGen.Diagnostics;
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

    private static Task<IResult> HandleAsync(HttpContext context, ServerState state) =>
        KeptAnswers.AnswerAsync(
            context, state, "validate", state.ValidationAnswers, state.Validations,
            (engine, source) => engine.Validate(source),
            (diagnostics, pack) => diagnostics.Any(d => d.Severity == Severity.Error)
                ? Answers.InvalidData(diagnostics, pack)
                : CachedAnswer.Of(StatusCodes.Status200OK, "application/json; charset=utf-8", new ValidateResponse(true, Answers.Items(diagnostics, pack)), ServerJson.Relaxed.ValidateResponse));
}
