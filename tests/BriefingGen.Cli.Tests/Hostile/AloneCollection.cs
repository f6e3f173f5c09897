namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Tests that measure the whole process (its allocations, its processor time) and so must not run beside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "alone";
}
