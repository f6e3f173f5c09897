using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>Code in a line as <c>code</c>, in the inline code role's look.</summary>
internal sealed class CodeRenderer : HtmlInlineRenderer<Code>
{
    /// <inheritdoc />
    protected override void Write(Code inline, HtmlRenderContext context) =>
        context.Raw("<code" + context.Attributes(context.InlineRole(StyleRoles.InlineCode)) + ">").Text(inline.Value).Raw("</code>");
}
