using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>A quotation as <c>blockquote</c>, its paragraphs in the quote role's look.</summary>
internal sealed class QuoteRenderer : HtmlBlockRenderer<Quote>
{
    /// <inheritdoc />
    protected override void Write(Quote block, HtmlRenderContext context, HtmlScope scope)
    {
        var reset = new Look("blockquote", () => new CssDeclarations().Set("margin", "0"));
        context.Raw("<blockquote" + context.Attributes(reset) + ">\n");
        context.Blocks(block.Blocks, scope with { Role = StyleRoles.Quote });
        context.Raw("</blockquote>\n");
    }
}
