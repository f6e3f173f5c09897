using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A paragraph in its role's look: the title as the page's <c>h1</c>, code as preformatted text,
/// everything else as <c>p</c>. Inside a cell, a callout or a quote the scope's role replaces the
/// paragraph's own, as in Word.
/// </summary>
internal sealed class ParagraphRenderer : HtmlBlockRenderer<Paragraph>
{
    /// <inheritdoc />
    protected override void Write(Paragraph block, HtmlRenderContext context, HtmlScope scope)
    {
        var role = scope.Role ?? block.Role;
        var (open, close) = role switch
        {
            StyleRoles.Title => ("h" + context.LevelOf(block).ToString(CultureInfo.InvariantCulture), "h" + context.LevelOf(block).ToString(CultureInfo.InvariantCulture)),
            StyleRoles.Code => ("pre", "pre"),
            _ => ("p", "p"),
        };
        context.Raw("<" + open);
        if (block.Anchor is { } anchor)
        {
            // An exhibit's caption: the target of cross-references and the list of exhibits.
            context.Raw(" id=\"").Text(anchor).Raw("\"");
        }

        context.Raw(context.Attributes(context.ParagraphLooks(block.Role, scope)) + ">");
        context.Inlines(block.Content);
        context.Raw("</" + close + ">\n");
    }
}
