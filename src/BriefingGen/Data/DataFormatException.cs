using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// Thrown inside a reader to stop at the first fatal problem; the reader turns it into a diagnostic
/// before returning, so it never escapes the data layer.
/// </summary>
internal sealed class DataFormatException(SourceLocation location, string message) : Exception(message)
{
    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; } = location;
}
