namespace BriefingGen.Model;

/// <summary>Emphasised (usually italic) text.</summary>
/// <param name="Content">What is emphasised.</param>
public sealed record Emphasis(IReadOnlyList<Inline> Content) : Inline
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Content;
}
