namespace BriefingGen.Model;

/// <summary>A paragraph of running text in a named role (see <see cref="ParagraphRoles"/>).</summary>
/// <param name="Content">The paragraph's text.</param>
/// <param name="Role">The role that chooses the paragraph's look, e.g. <c>body</c> or <c>title</c>.</param>
public sealed record Paragraph(IReadOnlyList<Inline> Content, string Role = ParagraphRoles.Body) : Block
{
    /// <summary>
    /// An id that links and lists point to (an exhibit's caption), unique in the document like a
    /// heading's; null for the paragraphs nothing points to.
    /// </summary>
    public string? Anchor { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Content;
}
