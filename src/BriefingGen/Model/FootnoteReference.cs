namespace BriefingGen.Model;

/// <summary>A footnote mark; the note's content travels with it.</summary>
/// <param name="Blocks">The footnote's text.</param>
public sealed record FootnoteReference(IReadOnlyList<Block> Blocks) : Inline
{
    /// <summary>The mark reads as nothing in plain text: its note is elsewhere on the page.</summary>
    public override string PlainText => "";

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Blocks;
}
