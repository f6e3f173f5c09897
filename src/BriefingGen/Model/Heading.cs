namespace BriefingGen.Model;

/// <summary>A section heading; levels 1 to 6. Headings feed the navigation pane and bookmarks.</summary>
/// <param name="Level">1 for a top-level section.</param>
/// <param name="Content">The heading's text.</param>
/// <param name="Id">A stable identifier, unique in the document, for bookmarks and internal links.</param>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content, string Id) : Block
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Content;
}
