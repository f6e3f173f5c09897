using BriefingGen.Engine;
using BriefingGen.Server.Packs;
using BriefingGen.Server.Work;
using Microsoft.AspNetCore.Http;

namespace BriefingGen.Server.Api;

/// <summary>
/// The way validate and preview answer: read the request, give back a kept answer when the same
/// pack and data were seen lately, else run the work through its gate (queue, time limit) and keep
/// the answer it gives. The same pack and data always give the same answer, so keeping it is safe.
/// </summary>
internal static class KeptAnswers
{
    /// <summary>Answers the request in <paramref name="context"/> with <paramref name="work"/>'s result, turned into an answer by <paramref name="answer"/>.</summary>
    public static async Task<IResult> AnswerAsync<T>(
        HttpContext context, ServerState state, string kind, AnswerCache kept, RenderGate gate,
        Func<BriefingEngine, DataSource, T> work, Func<T, PackEntry, CachedAnswer> answer)
    {
        var (request, pack, problem) = await RequestReader.ReadAsync(context, state).ConfigureAwait(false);
        if (problem is not null)
        {
            return Answers.Of(problem);
        }

        var key = AnswerCache.KeyOf(kind, pack!.Name, request!.Format!, request.Data!);
        if (kept.Get(key) is { } known)
        {
            return known;
        }

        var source = DataSource.FromText(request.Data!, DataFormats.SourceName(request.Format!));
        var result = await gate.RunAsync(() => work(pack.Engine, source), state.Options.RenderTimeout, context.RequestAborted).ConfigureAwait(false);
        if (result.Outcome != GateOutcome.Done)
        {
            return Answers.NotDone(result.Outcome, state.Options, context);
        }

        var made = answer(result.Value!, pack);
        kept.Put(key, made);
        return made;
    }
}
