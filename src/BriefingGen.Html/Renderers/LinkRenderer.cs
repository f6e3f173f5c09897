using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A link to a web or mail address or to a heading of the paper, in the link role's look. A target
/// that is not safe to follow (see <see cref="SafeLinks"/>) or a heading that does not exist leaves
/// the link's text alone, as plain text.
/// </summary>
internal sealed class LinkRenderer : HtmlInlineRenderer<Link>
{
    /// <inheritdoc />
    protected override void Write(Link inline, HtmlRenderContext context)
    {
        if (SafeLinks.Href(inline.Target, context.Anchors) is not { } href)
        {
            context.Inlines(inline.Content);
            return;
        }

        context.Raw("<a href=\"").Text(href).Raw("\"" + context.Attributes(context.InlineRole(StyleRoles.Link)) + ">");
        context.Inlines(inline.Content);
        context.Raw("</a>");
    }
}
