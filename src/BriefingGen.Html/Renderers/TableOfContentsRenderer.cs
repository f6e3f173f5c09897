using System.Globalization;
using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// The contents as links to the headings, nested by level down to the contents' depth, each with
/// its number when headings are numbered. A page has no page numbers, so none are shown; the page
/// marks the list as its navigation, named by the contents' heading.
/// </summary>
internal sealed class TableOfContentsRenderer : HtmlBlockRenderer<TableOfContents>
{
    /// <inheritdoc />
    protected override void Write(TableOfContents block, HtmlRenderContext context, HtmlScope scope)
    {
        if (block.CaptionRole is { } captions && !ModelWalker.Anchored(context.Document.Blocks, captions).Any())
        {
            // A list of exhibits in a paper that has none is left out, title and all.
            return;
        }

        var id = context.NextId("contents");
        var level = context.LevelOf(block).ToString(CultureInfo.InvariantCulture);
        var page = context.Flavor == HtmlFlavor.Page;
        context.Raw(page ? $"<nav aria-labelledby=\"{id}\">\n" : "<div>\n");
        context.Raw($"<h{level} id=\"{id}\"" + context.Attributes(context.Paragraph(StyleRoles.TocHeading)) + ">");
        context.Inlines(block.Title);
        context.Raw($"</h{level}>\n");

        var plain = new Look("toc-list", () => new CssDeclarations().Set("list-style", "none").Set("margin", "0").Set("padding", "0"));
        var link = new Look("toc-link", () => new CssDeclarations().Set("color", "inherit").Set("text-decoration", "none"));
        if (block.CaptionRole is { } role)
        {
            // A list of exhibits: one flat list of links to the captions.
            context.Raw("<ol" + context.Attributes(plain) + ">\n");
            foreach (var caption in ModelWalker.Anchored(context.Document.Blocks, role))
            {
                context.Raw("<li" + context.Attributes(context.Paragraph(StyleRoles.Toc(1))) + "><a href=\"#").Text(caption.Anchor!).Raw("\"" + context.Attributes(link) + ">");
                context.Text(InlineText.Of(caption.Content)).Raw("</a></li>\n");
            }

            context.Raw("</ol>\n" + (page ? "</nav>\n" : "</div>\n"));
            return;
        }

        var headings = ModelWalker.Headings(context.Document.Blocks).Where(h => h.Level <= block.MaxLevel).ToList();
        var open = new Stack<int>();
        foreach (var heading in headings)
        {
            if (open.Count == 0 || heading.Level > open.Peek())
            {
                context.Raw("<ol" + context.Attributes(plain) + ">\n");
                open.Push(heading.Level);
            }
            else
            {
                while (open.Count > 1 && heading.Level < open.Peek())
                {
                    context.Raw("</li>\n</ol>\n");
                    open.Pop();
                }

                context.Raw("</li>\n");
            }

            context.Raw("<li" + context.Attributes(context.Paragraph(StyleRoles.Toc(heading.Level))) + ">");
            context.Raw("<a href=\"#").Text(heading.Id).Raw("\"" + context.Attributes(link) + ">");
            if (context.HeadingNumbers.TryGetValue(heading, out var number))
            {
                var indent = CssLooks.Px(context.StyleSheet.HeadingNumberIndent);
                var numberLook = new Look("heading-number", () => new CssDeclarations().Set("display", "inline-block").Px("min-width", indent));
                context.Raw("<span" + context.Attributes(numberLook) + ">").Text(number).Raw("</span>");
            }

            context.Text(InlineText.Of(heading.Content));
            context.Raw("</a>");
        }

        while (open.Count > 0)
        {
            context.Raw("</li>\n</ol>\n");
            open.Pop();
        }

        context.Raw(page ? "</nav>\n" : "</div>\n");
    }
}
