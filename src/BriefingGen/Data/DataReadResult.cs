using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>What reading a data file gave: the tree (null when the file could not be read) and the diagnostics.</summary>
/// <param name="Root">The tree, or null after an error.</param>
/// <param name="Diagnostics">Errors and warnings, each with its file, line and column.</param>
public sealed record DataReadResult(DataNode? Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file was read without errors.</summary>
    public bool Succeeded => Root is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>A failed read with one error.</summary>
    public static DataReadResult Failed(SourceLocation location, string message) =>
        new(null, [Diagnostic.Error(location, "", message)]);
}
