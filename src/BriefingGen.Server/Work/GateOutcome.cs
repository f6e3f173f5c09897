namespace BriefingGen.Server.Work;

/// <summary>How a job in a <see cref="RenderGate"/> ended.</summary>
internal enum GateOutcome
{
    /// <summary>It ran and finished in time.</summary>
    Done,

    /// <summary>Every place, running and waiting, was taken; it was refused.</summary>
    Full,

    /// <summary>It did not finish within its time.</summary>
    TimedOut,

    /// <summary>The request was aborted by its caller.</summary>
    Abandoned,
}
