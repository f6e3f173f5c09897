using BriefingGen.Diagnostics;
using BriefingGen.Server.Packs;
using BriefingGen.Server.Work;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>The answers every endpoint shares: problems as <c>application/problem+json</c>, and what a full or slow lane means to the caller.</summary>
internal static class Answers
{
    /// <summary>The media type of error answers (RFC 9457).</summary>
    public const string ProblemType = "application/problem+json";

    /// <summary><paramref name="problem"/> as an answer.</summary>
    public static IResult Of(Problem problem) => Results.Json(problem, ServerJson.Relaxed.Problem, ProblemType, problem.Status);

    /// <summary>A value as a JSON answer.</summary>
    public static IResult Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => Results.Json(value, type);

    /// <summary>The answer for work that did not get done: 429 with a hint when to come back, 503 when it ran out of time.</summary>
    public static IResult NotDone(GateOutcome outcome, ServerOptions options, HttpContext context)
    {
        switch (outcome)
        {
            case GateOutcome.Full:
                context.Response.Headers.RetryAfter = "1";
                return Of(new Problem(StatusCodes.Status429TooManyRequests, "too_many_requests", "The service is busy with as many papers as it queues; try again in a moment."));
            case GateOutcome.TimedOut:
                context.Response.Headers.RetryAfter = "5";
                return Of(new Problem(StatusCodes.Status503ServiceUnavailable, "render_timeout", $"The paper was not ready within {options.RenderTimeout.TotalSeconds:0.#} s; the service may be busy, or the data too large to lay out in that time."));
            default:
                // The caller has gone; nobody reads this.
                return Results.StatusCode(499);
        }
    }

    /// <summary>The data's errors as a 422 answer, ready to keep.</summary>
    public static CachedAnswer InvalidData(IEnumerable<Diagnostic> diagnostics, PackEntry pack) =>
        CachedAnswer.Of(StatusCodes.Status422UnprocessableEntity, ProblemType, new Problem(StatusCodes.Status422UnprocessableEntity, "invalid_data", "The data has errors; each diagnostic says where and what.", Items(diagnostics, pack)), ServerJson.Relaxed.Problem);

    /// <summary>Diagnostics in the API's form.</summary>
    public static IReadOnlyList<DiagnosticItem> Items(IEnumerable<Diagnostic> diagnostics, PackEntry pack) =>
        diagnostics.Select(d => DiagnosticItem.From(d, pack.Engine.Pack?.Directory)).ToList();
}
