using System.Globalization;
using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A picture with its alternative text and caption. Its width is its own, never wider than the
/// text column, and it shrinks with a narrow screen. A page embeds it, an e-mail refers to it by
/// content id (see <see cref="HtmlRenderContext.ImageSource"/>).
/// </summary>
internal sealed class FigureRenderer : HtmlBlockRenderer<Figure>
{
    /// <inheritdoc />
    protected override void Write(Figure block, HtmlRenderContext context, HtmlScope scope)
    {
        var image = block.Image;
        var column = CssLooks.Px(context.Document.Sections[0].Layout.ContentWidthMm / 25.4 * 72);
        // At the height the paper asks (a logo), else at its own size; never wider than the column.
        var natural = block.Height is { } asked ? CssLooks.Px(asked) * image.NaturalWidth / image.NaturalHeight : image.NaturalWidth;
        var width = Math.Max(1, (int)Math.Round(Math.Min(natural, column)));
        var height = Math.Max(1, (int)Math.Round(image.NaturalHeight * width / image.NaturalWidth));
        var tag = context.Flavor == HtmlFlavor.Email ? "div" : "figure";
        var place = block.Alignment switch
        {
            FigureAlignment.Left => [new Look("figure-left", () => new CssDeclarations().Set("text-align", "left"))],
            FigureAlignment.Right => [new Look("figure-right", () => new CssDeclarations().Set("text-align", "right"))],
            _ => Array.Empty<Look>(),
        };
        context.Raw("<" + tag + context.Attributes([context.Paragraph(StyleRoles.Figure), .. place]) + ">");
        var fluid = new Look("img", () => new CssDeclarations().Set("max-width", "100%").Set("height", "auto").Set("display", "inline-block").Set("border", "0"));
        context.Raw("<img src=\"").Text(context.ImageSource(image)).Raw("\" alt=\"").Text(block.AltText)
            .Raw($"\" width=\"{width.ToString(CultureInfo.InvariantCulture)}\" height=\"{height.ToString(CultureInfo.InvariantCulture)}\"{context.Attributes(fluid)}>");
        if (block.Caption is not null)
        {
            var captionTag = context.Flavor == HtmlFlavor.Email ? "div" : "figcaption";
            context.Raw("<" + captionTag + context.Attributes(context.Paragraph(StyleRoles.Caption)) + ">");
            context.Inlines(block.Caption);
            context.Raw("</" + captionTag + ">");
        }

        context.Raw("</" + tag + ">\n");
    }
}
