namespace BriefingGen.Model;

/// <summary>A table of contents built from the document's headings.</summary>
/// <param name="Title">The heading shown above the entries.</param>
/// <param name="MaxLevel">The deepest heading level listed.</param>
public sealed record TableOfContents(string Title, int MaxLevel = 2) : Block;
