using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>Where a node's content came from: a value in the data, by its path and its place in the file.</summary>
/// <param name="Path">The value's path in the data, e.g. <c>risks[2].title</c>.</param>
/// <param name="Location">The data file, line and column where the value is written.</param>
public sealed record Origin(string Path, SourceLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Path}";
}
