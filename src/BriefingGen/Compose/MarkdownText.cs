namespace BriefingGen.Compose;

/// <summary>
/// Text that is Markdown on purpose and must reach the Markdown stage unescaped. Only the
/// <c>markdown</c> function and the component functions produce it; every other value a template
/// writes is escaped.
/// </summary>
/// <param name="Value">The Markdown source.</param>
internal sealed record MarkdownText(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
