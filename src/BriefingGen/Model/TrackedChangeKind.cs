namespace BriefingGen.Model;

/// <summary>What a <see cref="TrackedChange"/> did to the text.</summary>
public enum TrackedChangeKind
{
    /// <summary>The text was added.</summary>
    Inserted,

    /// <summary>The text was removed.</summary>
    Deleted,
}
