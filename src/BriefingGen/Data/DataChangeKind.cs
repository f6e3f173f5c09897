namespace BriefingGen.Data;

/// <summary>What happened to a node between two versions of a data tree.</summary>
public enum DataChangeKind
{
    /// <summary>The node is only in the later version.</summary>
    Added,

    /// <summary>The node is only in the earlier version.</summary>
    Removed,

    /// <summary>The node is in both, with a different value or of a different shape.</summary>
    Changed,
}
