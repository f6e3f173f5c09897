using System.Globalization;
using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A heading as <c>h1</c>–<c>h6</c> at its place in an outline without gaps, with its id as the
/// anchor the contents and internal links point at, and its number when the theme numbers headings.
/// </summary>
internal sealed class HeadingRenderer : HtmlBlockRenderer<Heading>
{
    /// <inheritdoc />
    protected override void Write(Heading block, HtmlRenderContext context, HtmlScope scope)
    {
        var level = context.LevelOf(block).ToString(CultureInfo.InvariantCulture);
        context.Raw($"<h{level} id=\"").Text(block.Id).Raw("\"" + context.Attributes(context.ParagraphLooks(StyleRoles.Heading(block.Level), scope with { Role = null })) + ">");
        if (context.HeadingNumbers.TryGetValue(block, out var number))
        {
            var indent = CssLooks.Px(context.StyleSheet.HeadingNumberIndent);
            var look = new Look("heading-number", () => new CssDeclarations().Set("display", "inline-block").Px("min-width", indent));
            context.Raw("<span" + context.Attributes(look) + ">").Text(number).Raw("</span>");
        }

        context.Inlines(block.Content);
        context.Raw($"</h{level}>\n");
    }
}
