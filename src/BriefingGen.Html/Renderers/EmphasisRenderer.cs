using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>Emphasis as <c>em</c>.</summary>
internal sealed class EmphasisRenderer : HtmlInlineRenderer<Emphasis>
{
    /// <inheritdoc />
    protected override void Write(Emphasis inline, HtmlRenderContext context)
    {
        context.Raw("<em>");
        context.Inlines(inline.Content);
        context.Raw("</em>");
    }
}
