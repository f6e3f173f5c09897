namespace BriefingGen.Model;

/// <summary>A block-level piece of content: it starts on a new line and stacks vertically.</summary>
public abstract record Block;
