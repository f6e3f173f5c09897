using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// One key of a <see cref="DataMap"/> with its value and where the key was written. Like the nodes,
/// entries compare by key and value and ignore <see cref="KeyLocation"/>.
/// </summary>
/// <param name="Key">The key.</param>
/// <param name="KeyLocation">Where the key stands in the file.</param>
/// <param name="Value">The value.</param>
public sealed record DataMapEntry(string Key, SourceLocation KeyLocation, DataNode Value)
{
    /// <summary>True when the keys are the same (ordinal) and the values equal; where they were written does not count.</summary>
    public bool Equals(DataMapEntry? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal) && Value.Equals(other.Value));

    /// <summary>A hash of the key and value, agreeing with <see cref="Equals(DataMapEntry?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Key), Value.GetHashCode());
}
