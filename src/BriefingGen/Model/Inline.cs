namespace BriefingGen.Model;

/// <summary>A piece of text inside a block; inlines flow into lines.</summary>
public abstract record Inline : Node
{
    /// <summary>
    /// The characters of this inline without formatting, for outlines, contents entries, alternate
    /// texts and column widths; by default the text of the inlines inside it.
    /// </summary>
    public virtual string PlainText => InlineText.Of(Children.OfType<Inline>());
}
