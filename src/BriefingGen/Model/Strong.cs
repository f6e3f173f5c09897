namespace BriefingGen.Model;

/// <summary>Strongly emphasised (usually bold) text.</summary>
/// <param name="Content">What is emphasised.</param>
public sealed record Strong(IReadOnlyList<Inline> Content) : Inline
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => Content;
}
