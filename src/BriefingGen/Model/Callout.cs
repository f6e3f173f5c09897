namespace BriefingGen.Model;

/// <summary>A boxed aside such as a key-points panel or a warning.</summary>
/// <param name="Kind">The callout's kind (<c>note</c>, <c>key-points</c>, <c>warning</c>…), which the stylesheet styles.</param>
/// <param name="Title">A title shown at the top of the box, or null.</param>
/// <param name="Blocks">The box's content.</param>
public sealed record Callout(string Kind, IReadOnlyList<Inline>? Title, IReadOnlyList<Block> Blocks) : Block
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [.. Title ?? [], .. Blocks];
}
