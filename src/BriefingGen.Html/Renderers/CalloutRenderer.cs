using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A callout as a tinted panel with its accent rule down the left edge, in its kind's look. A page
/// marks it as a note; an e-mail draws it as a one-cell table, the one panel every mail client keeps.
/// </summary>
internal sealed class CalloutRenderer : HtmlBlockRenderer<Callout>
{
    /// <inheritdoc />
    protected override void Write(Callout block, HtmlRenderContext context, HtmlScope scope)
    {
        var sheet = context.StyleSheet;
        var look = sheet.Callout(block.Kind);
        var panel = new Look("callout-" + block.Kind, () => CssLooks.Box(look).Set("margin", $"0 0 {CssDeclarations.Length(CssLooks.Px(look.SpaceAfter))} 0"));
        var inner = scope with
        {
            Role = StyleRoles.CalloutText,
            TextColor = look.TextColor == sheet.Paragraph(StyleRoles.Body).Text.Color ? null : look.TextColor,
        };
        if (context.Flavor == HtmlFlavor.Email)
        {
            context.Raw("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"" + context.Attributes(new Look("panel-table", () => new CssDeclarations().Set("border-collapse", "collapse").Set("width", "100%"))) + ">");
            context.Raw("<tr><td" + context.Attributes(panel) + ">\n");
        }
        else
        {
            context.Raw("<div role=\"note\"" + context.Attributes(panel) + ">\n");
        }

        if (block.Title is not null)
        {
            context.Raw("<p" + context.Attributes(context.ParagraphLooks(StyleRoles.CalloutTitle, HtmlScope.Body)) + ">");
            context.Inlines(block.Title);
            context.Raw("</p>\n");
        }

        context.Blocks(block.Blocks, inner);
        context.Raw(context.Flavor == HtmlFlavor.Email ? "</td></tr></table>\n" : "</div>\n");
        if (context.Flavor == HtmlFlavor.Email && look.SpaceAfter > 0)
        {
            // Mail clients ignore a table's margin; a spacer keeps the gap after the panel.
            context.Raw("<div" + context.Attributes(new Look("gap-" + look.SpaceAfter, () => new CssDeclarations().Px("height", CssLooks.Px(look.SpaceAfter)).Set("line-height", "0").Set("font-size", "0"))) + ">&#8203;</div>\n");
        }
    }
}
