using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word;

/// <summary>Renders one kind of block into WordprocessingML body elements (paragraphs, tables).</summary>
internal interface IWordBlockRenderer
{
    /// <summary>The model type this renderer handles.</summary>
    Type BlockType { get; }

    /// <summary>Renders <paramref name="block"/>.</summary>
    IEnumerable<OpenXmlElement> Render(Block block, WordRenderContext context, WordScope scope);
}

/// <summary>A typed base, so each renderer is a small class with one typed method.</summary>
/// <typeparam name="T">The block kind.</typeparam>
internal abstract class WordBlockRenderer<T> : IWordBlockRenderer
    where T : Block
{
    /// <inheritdoc />
    public Type BlockType => typeof(T);

    /// <inheritdoc />
    public IEnumerable<OpenXmlElement> Render(Block block, WordRenderContext context, WordScope scope) =>
        Write((T)block, context, scope);

    /// <summary>Renders one block of kind <typeparamref name="T"/>.</summary>
    protected abstract IEnumerable<OpenXmlElement> Write(T block, WordRenderContext context, WordScope scope);
}
