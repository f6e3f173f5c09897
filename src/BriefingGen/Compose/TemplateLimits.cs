namespace BriefingGen.Compose;

/// <summary>
/// Limits on what one template run may do, so a runaway loop or recursion in a pack fails fast
/// with a message instead of hanging a batch run or filling the disk.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>
    /// Most iterations of any one loop: well above what any data within its limits can ask for
    /// (a list of every value the data may hold, walked a few times), so only a runaway loop hits it.
    /// </summary>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>Deepest include or function recursion.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>Most characters a template may write.</summary>
    public int OutputLimit { get; init; } = 20_000_000;

    /// <summary>Longest a template may run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The limits used when none are given.</summary>
    public static TemplateLimits Default { get; } = new();
}
