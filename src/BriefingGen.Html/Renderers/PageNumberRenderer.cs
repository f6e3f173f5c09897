using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>A page number: a web page and an e-mail have no pages, so it writes nothing.</summary>
internal sealed class PageNumberRenderer : HtmlInlineRenderer<PageNumber>
{
    /// <inheritdoc />
    protected override void Write(PageNumber inline, HtmlRenderContext context)
    {
    }
}
