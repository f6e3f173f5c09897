namespace BriefingGen.Server.Work;

/// <summary>How a job in a <see cref="RenderGate"/> ended, and its value when it was done.</summary>
/// <param name="Outcome">Done, refused, timed out or abandoned.</param>
/// <param name="Value">The job's value when <see cref="GateOutcome.Done"/>.</param>
internal readonly record struct GateResult<T>(GateOutcome Outcome, T? Value)
{
    /// <summary>The queue was full; the job never ran.</summary>
    public static GateResult<T> Full => new(GateOutcome.Full, default);

    /// <summary>The job did not finish in time.</summary>
    public static GateResult<T> TimedOut => new(GateOutcome.TimedOut, default);

    /// <summary>The caller went away.</summary>
    public static GateResult<T> Abandoned => new(GateOutcome.Abandoned, default);

    /// <summary>The job finished with <paramref name="value"/>.</summary>
    public static GateResult<T> Done(T value) => new(GateOutcome.Done, value);
}
