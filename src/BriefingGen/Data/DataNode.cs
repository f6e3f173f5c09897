using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// One node of the data tree that YAML and JSON both become. Every node remembers where it was
/// written, so a schema or template error can point at the line the user must change. Equality is by
/// value and ignores locations: a location says where a value was written, not what it is, so the
/// same data read from two files (or from YAML and from JSON) compares equal.
/// </summary>
/// <param name="Location">Where the node starts in its file.</param>
public abstract record DataNode(SourceLocation Location)
{
    /// <summary>
    /// How many nodes this one stands for, itself and everything below it. Aliases share nodes,
    /// so this counts what a consumer that walks the tree would really visit.
    /// </summary>
    public abstract long Weight { get; }

    /// <summary>A short word for the node's type, for messages: "a map", "a list", "text"…</summary>
    public abstract string Describe();

    /// <summary>
    /// The part of equality every node shares: the same kind of node. Each kind compares its own
    /// content; <see cref="Location"/> is deliberately left out.
    /// </summary>
    public virtual bool Equals(DataNode? other) => ReferenceEquals(this, other) || (other is not null && EqualityContract == other.EqualityContract);

    /// <summary>A hash that, like <see cref="Equals(DataNode?)"/>, leaves out <see cref="Location"/>.</summary>
    public override int GetHashCode() => EqualityContract.GetHashCode();
}
