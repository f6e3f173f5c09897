using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// One node of the data tree that YAML and JSON both become. Every node remembers where it was
/// written, so a schema or template error can point at the line the user must change.
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
}
