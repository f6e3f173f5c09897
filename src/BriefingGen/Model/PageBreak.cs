namespace BriefingGen.Model;

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block;
