namespace BriefingGen.Model;

/// <summary>A footnote mark; the note's content travels with it.</summary>
/// <param name="Blocks">The footnote's text.</param>
public sealed record FootnoteReference(IReadOnlyList<Block> Blocks) : Inline;
