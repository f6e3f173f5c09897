using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>The page count: a web page and an e-mail have no pages, so it writes nothing.</summary>
internal sealed class PageCountRenderer : HtmlInlineRenderer<PageCount>
{
    /// <inheritdoc />
    protected override void Write(PageCount inline, HtmlRenderContext context)
    {
    }
}
