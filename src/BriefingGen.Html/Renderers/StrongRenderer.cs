using BriefingGen.Model;

namespace BriefingGen.Html.Renderers;

/// <summary>Strong text as <c>strong</c>.</summary>
internal sealed class StrongRenderer : HtmlInlineRenderer<Strong>
{
    /// <inheritdoc />
    protected override void Write(Strong inline, HtmlRenderContext context)
    {
        context.Raw("<strong>");
        context.Inlines(inline.Content);
        context.Raw("</strong>");
    }
}
