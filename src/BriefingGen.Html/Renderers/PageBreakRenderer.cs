using BriefingGen.Html.Css;
using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A page break: nothing on screen, where there are no pages, but a break when the page is printed.
/// An e-mail has no pages at all and writes nothing.
/// </summary>
internal sealed class PageBreakRenderer : HtmlBlockRenderer<PageBreak>
{
    /// <inheritdoc />
    protected override void Write(PageBreak block, HtmlRenderContext context, HtmlScope scope)
    {
        if (context.Flavor == HtmlFlavor.Page)
        {
            var look = new Look("page-break", () => new CssDeclarations().Set("break-after", "page"));
            context.Raw("<div aria-hidden=\"true\"" + context.Attributes(look) + "></div>\n");
        }
    }
}
