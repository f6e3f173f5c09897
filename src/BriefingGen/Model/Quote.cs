namespace BriefingGen.Model;

/// <summary>A quotation set off from the text.</summary>
/// <param name="Blocks">The quoted content.</param>
public sealed record Quote(IReadOnlyList<Block> Blocks) : Block
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Blocks;
}
