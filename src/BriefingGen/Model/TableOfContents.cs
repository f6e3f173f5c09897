namespace BriefingGen.Model;

/// <summary>A table of contents built from the document's headings, with the pages they fall on.</summary>
/// <param name="Title">The heading shown above the entries.</param>
/// <param name="MaxLevel">The deepest heading level listed.</param>
public sealed record TableOfContents(IReadOnlyList<Inline> Title, int MaxLevel = 2) : Block
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Title;
}
