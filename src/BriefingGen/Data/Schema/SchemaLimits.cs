namespace BriefingGen.Data.Schema;

/// <summary>
/// Hard limits on what a pack's schema may make the generator do, when it is read and when data is
/// checked against it. A schema comes with a template pack, which may be hostile or broken; these
/// bounds keep reading linear and small and keep checking quick, and each one that is reached is a
/// diagnostic, never a crash or a hang.
/// </summary>
internal sealed record SchemaLimits
{
    /// <summary>Largest schema file accepted, in bytes. Real schemas are a few kilobytes.</summary>
    public long MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Most values of any kind (keywords, list items) the schema file may hold.</summary>
    public long MaxValues { get; init; } = 50_000;

    /// <summary>Deepest nesting of schema objects inside one another, counting each <c>$ref</c> between two <c>$defs</c> entries that only name each other.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most schema objects read; each <c>$defs</c> entry counts once, however often it is named.</summary>
    public int MaxNodes { get; init; } = 10_000;

    /// <summary>Longest <c>pattern</c>, in characters.</summary>
    public int MaxPatternLength { get; init; } = 1_000;

    /// <summary>Most different patterns in one schema; each is compiled once, when the schema is read.</summary>
    public int MaxPatterns { get; init; } = 500;

    /// <summary>Most characters of all the different patterns together.</summary>
    public int MaxPatternText { get; init; } = 20_000;

    /// <summary>Longest one pattern may try to match one value before that value is reported as not checked.</summary>
    public TimeSpan MatchTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest all pattern matching for one validation may take; after that, patterns are no longer tried.</summary>
    public TimeSpan MatchBudget { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Most errors one validation reports before it stops.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Deepest data checked. Files are already limited (<see cref="DataLimits.MaxDepth"/>), but a
    /// tree built in code is not, and a recursive schema follows the data as deep as it goes.
    /// </summary>
    public int MaxDataDepth { get; init; } = 128;

    /// <summary>The limits used when none are given.</summary>
    public static SchemaLimits Default { get; } = new();

    /// <summary>
    /// The limits the schema file itself is read with. Two levels of the file make one level of
    /// schema (<c>properties</c>, then the field), so the file may nest a little more than twice
    /// <see cref="MaxDepth"/>, and the schema's own, clearer message is the one a user sees.
    /// </summary>
    public DataLimits FileLimits => new()
    {
        MaxBytes = MaxBytes,
        MaxDepth = (2 * MaxDepth) + 8,
        MaxNodes = MaxValues,
        MaxAliases = 100,
    };
}
