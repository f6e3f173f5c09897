namespace BriefingGen.Model;

/// <summary>A link to a web address or to a heading of the same document.</summary>
/// <param name="Target">An absolute URL, or <c>#id</c> for a heading's id.</param>
/// <param name="Content">The link's visible text.</param>
public sealed record Link(string Target, IReadOnlyList<Inline> Content) : Inline
{
    /// <summary>True when the link points inside the document.</summary>
    public bool IsInternal => Target.StartsWith('#');

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Content;
}
