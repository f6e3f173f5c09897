using BriefingGen.Model;

namespace BriefingGen.Html;

/// <summary>Writes one kind of block as HTML; a component registers one for its own block kind.</summary>
internal interface IHtmlBlockRenderer
{
    /// <summary>The model type this renderer handles.</summary>
    Type BlockType { get; }

    /// <summary>Writes <paramref name="block"/>.</summary>
    void Render(Block block, HtmlRenderContext context, HtmlScope scope);
}

/// <summary>A typed base, so each renderer is a small class with one typed method.</summary>
/// <typeparam name="T">The block kind.</typeparam>
internal abstract class HtmlBlockRenderer<T> : IHtmlBlockRenderer
    where T : Block
{
    /// <inheritdoc />
    public Type BlockType => typeof(T);

    /// <inheritdoc />
    public void Render(Block block, HtmlRenderContext context, HtmlScope scope) => Write((T)block, context, scope);

    /// <summary>Writes one block of kind <typeparamref name="T"/>.</summary>
    protected abstract void Write(T block, HtmlRenderContext context, HtmlScope scope);
}
