namespace BriefingGen.Components.Digest;

/// <summary>What happened to a piece of text between two versions.</summary>
internal enum WordChange
{
    /// <summary>In both.</summary>
    Kept,

    /// <summary>Only in the later one.</summary>
    Inserted,

    /// <summary>Only in the earlier one.</summary>
    Deleted,
}
