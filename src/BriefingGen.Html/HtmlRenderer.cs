using System.Text;
using BriefingGen.Html.Renderers;
using BriefingGen.Rendering;

namespace BriefingGen.Html;

/// <summary>
/// The third backend: the document model as a standalone, accessible web page
/// (<c>briefgen render --format html</c>). Looks come from the same stylesheet as Word and PDF;
/// headings form an outline without gaps; tables have header cells and captions; pictures carry
/// their alternative text and are embedded, so the one file is the whole paper; notes are linked
/// both ways; every data text is escaped, and only safe links are live. Same input, same bytes.
/// </summary>
public sealed class HtmlRenderer : IDocumentRenderer
{
    /// <summary>The block renderers of the built-in model kinds.</summary>
    internal static readonly IReadOnlyList<IHtmlBlockRenderer> BlockRenderers =
    [
        new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new TableRenderer(), new CalloutRenderer(),
        new QuoteRenderer(), new FigureRenderer(), new PageBreakRenderer(), new TableOfContentsRenderer(),
    ];

    /// <summary>The inline renderers of the built-in model kinds.</summary>
    internal static readonly IReadOnlyList<IHtmlInlineRenderer> InlineRenderers =
    [
        new TextRenderer(), new EmphasisRenderer(), new StrongRenderer(), new ShadedTextRenderer(), new CodeRenderer(), new LinkRenderer(),
        new FootnoteReferenceRenderer(), new LineBreakRenderer(), new PageNumberRenderer(), new PageCountRenderer(), new TrackedChangeRenderer(),
    ];

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string Extension => ".html";

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output) =>
        output.Write(Encoding.UTF8.GetBytes(PageDocument.Write(Context(input, HtmlFlavor.Page))));

    /// <summary>A context for <paramref name="input"/> with the built-in renderers and the components'.</summary>
    internal static HtmlRenderContext Context(RenderInput input, HtmlFlavor flavor) =>
        new(
            input.Document,
            input.StyleSheet,
            flavor,
            [.. BlockRenderers, .. input.ComponentRenderers.OfType<IHtmlBlockRenderer>()],
            [.. InlineRenderers, .. input.ComponentRenderers.OfType<IHtmlInlineRenderer>()]);
}
