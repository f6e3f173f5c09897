using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word;

/// <summary>Renders one kind of inline into paragraph content (runs, hyperlinks).</summary>
internal interface IWordInlineRenderer
{
    /// <summary>The model type this renderer handles.</summary>
    Type InlineType { get; }

    /// <summary>Renders <paramref name="inline"/>.</summary>
    IEnumerable<OpenXmlElement> Render(Inline inline, WordRenderContext context, RunFormat format);
}

/// <summary>A typed base, so each renderer is a small class with one typed method.</summary>
/// <typeparam name="T">The inline kind.</typeparam>
internal abstract class WordInlineRenderer<T> : IWordInlineRenderer
    where T : Inline
{
    /// <inheritdoc />
    public Type InlineType => typeof(T);

    /// <inheritdoc />
    public IEnumerable<OpenXmlElement> Render(Inline inline, WordRenderContext context, RunFormat format) =>
        Write((T)inline, context, format);

    /// <summary>Renders one inline of kind <typeparamref name="T"/>.</summary>
    protected abstract IEnumerable<OpenXmlElement> Write(T inline, WordRenderContext context, RunFormat format);
}
