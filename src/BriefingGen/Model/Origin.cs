using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>Where a node's content came from: a value in the data, by its path and its place in the file.</summary>
/// <param name="Path">The value's path in the data as <c>DataPath</c> writes it, e.g. <c>risks[2].title</c>.</param>
/// <param name="Location">The data file, line and column where the value is written.</param>
public sealed record Origin(string Path, SourceLocation Location)
{
    /// <summary>
    /// Where the value's text starts when the file spells it as it is — a literal block whose lines
    /// are the file's lines, or a value on one line without escapes
    /// (<see cref="Data.DataScalar.BlockTextStart"/>) — so a message about Markdown in it can name
    /// its line and column; null otherwise.
    /// </summary>
    public SourceLocation? BlockTextStart { get; init; }

    /// <summary>How the node's text stands for the value: as written unless a function or a label made it.</summary>
    public ValueDisplay Display { get; init; } = ValueDisplay.AsWritten;

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Path}";
}
