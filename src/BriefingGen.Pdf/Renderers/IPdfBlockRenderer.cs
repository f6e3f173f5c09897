using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>Lays out one kind of block: it turns the block into layout elements.</summary>
internal interface IPdfBlockRenderer
{
    /// <summary>The model type this renderer handles.</summary>
    Type BlockType { get; }

    /// <summary>The element for <paramref name="block"/>.</summary>
    Element Render(Block block, PdfRenderContext context, PdfScope scope);
}

/// <summary>A typed base, so each renderer is a small class with one typed method.</summary>
/// <typeparam name="T">The block kind.</typeparam>
internal abstract class PdfBlockRenderer<T> : IPdfBlockRenderer
    where T : Block
{
    /// <inheritdoc />
    public Type BlockType => typeof(T);

    /// <inheritdoc />
    public Element Render(Block block, PdfRenderContext context, PdfScope scope) => Write((T)block, context, scope);

    /// <summary>The element for one block of kind <typeparamref name="T"/>.</summary>
    protected abstract Element Write(T block, PdfRenderContext context, PdfScope scope);
}
