namespace BriefingGen.Data;

/// <summary>
/// Hard limits on what a data file may make the generator do. They stop hostile or broken files
/// (alias bombs, absurd nesting, huge files) quickly and with bounded memory, before any of it
/// reaches a template.
/// </summary>
public sealed record DataLimits
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Deepest nesting of maps and lists.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most nodes the tree may stand for, counting every alias expansion.</summary>
    public long MaxNodes { get; init; } = 200_000;

    /// <summary>Longest text one value may hold, in characters (some 400 pages of prose).</summary>
    public int MaxTextLength { get; init; } = 1_000_000;

    /// <summary>Most alias uses (<c>*name</c>) in one file.</summary>
    public int MaxAliases { get; init; } = 1_000;

    /// <summary>The limits used when none are given.</summary>
    public static DataLimits Default { get; } = new();
}
