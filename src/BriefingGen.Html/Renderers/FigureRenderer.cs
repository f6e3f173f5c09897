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
        var width = Math.Max(1, Math.Min(image.PixelWidth, (int)column));
        var height = Math.Max(1, (int)Math.Round((double)image.PixelHeight * width / Math.Max(1, image.PixelWidth)));
        var tag = context.Flavor == HtmlFlavor.Email ? "div" : "figure";
        context.Raw("<" + tag + context.Attributes(context.Paragraph(StyleRoles.Figure)) + ">");
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
