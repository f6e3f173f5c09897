namespace BriefingGen.Model;

/// <summary>A table of contents built from the document's headings (or its exhibits' captions), with the pages they fall on.</summary>
/// <param name="Title">The heading shown above the entries.</param>
/// <param name="MaxLevel">The deepest heading level listed.</param>
public sealed record TableOfContents(IReadOnlyList<Inline> Title, int MaxLevel = 2) : Block
{
    /// <summary>
    /// When set, the list is of the anchored paragraphs in this role — the exhibits' captions, a
    /// list of exhibits — instead of the headings.
    /// </summary>
    public string? CaptionRole { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Title;
}
