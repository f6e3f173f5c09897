using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>Lays out one kind of inline: it adds the inline's text to a paragraph as styled spans.</summary>
internal interface IPdfInlineRenderer
{
    /// <summary>The model type this renderer handles.</summary>
    Type InlineType { get; }

    /// <summary>Adds <paramref name="inline"/> to <paramref name="spans"/> in <paramref name="style"/>, linked to <paramref name="link"/> when not null.</summary>
    void Render(Inline inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link);
}

/// <summary>A typed base, so each renderer is a small class with one typed method.</summary>
/// <typeparam name="T">The inline kind.</typeparam>
internal abstract class PdfInlineRenderer<T> : IPdfInlineRenderer
    where T : Inline
{
    /// <inheritdoc />
    public Type InlineType => typeof(T);

    /// <inheritdoc />
    public void Render(Inline inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        Write((T)inline, context, spans, style, link);

    /// <summary>Adds one inline of kind <typeparamref name="T"/>.</summary>
    protected abstract void Write(T inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link);
}
