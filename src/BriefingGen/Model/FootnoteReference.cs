namespace BriefingGen.Model;

/// <summary>A footnote mark; the note's content travels with it.</summary>
/// <param name="Blocks">The footnote's text.</param>
public sealed record FootnoteReference(IReadOnlyList<Block> Blocks) : Inline
{
    /// <summary>
    /// True when this mark comes straight after another, with no text between: formats that raise
    /// marks print a raised comma before it, so notes 1 and 2 read as ¹,² and not as note 12.
    /// </summary>
    public bool FollowsNote { get; init; }

    /// <summary>The mark reads as nothing in plain text: its note is elsewhere on the page.</summary>
    public override string PlainText => "";

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Blocks;
}
