using BriefingGen.Model;

namespace BriefingGen.Html;

/// <summary>Writes one kind of inline as HTML.</summary>
internal interface IHtmlInlineRenderer
{
    /// <summary>The model type this renderer handles.</summary>
    Type InlineType { get; }

    /// <summary>Writes <paramref name="inline"/>.</summary>
    void Render(Inline inline, HtmlRenderContext context);
}

/// <summary>A typed base, so each renderer is a small class with one typed method.</summary>
/// <typeparam name="T">The inline kind.</typeparam>
internal abstract class HtmlInlineRenderer<T> : IHtmlInlineRenderer
    where T : Inline
{
    /// <inheritdoc />
    public Type InlineType => typeof(T);

    /// <inheritdoc />
    public void Render(Inline inline, HtmlRenderContext context) => Write((T)inline, context);

    /// <summary>Writes one inline of kind <typeparamref name="T"/>.</summary>
    protected abstract void Write(T inline, HtmlRenderContext context);
}
