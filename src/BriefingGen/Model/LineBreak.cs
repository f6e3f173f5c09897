namespace BriefingGen.Model;

/// <summary>A line break inside a paragraph.</summary>
public sealed record LineBreak : Inline
{
    /// <inheritdoc />
    public override string PlainText => " ";
}
