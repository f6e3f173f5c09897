using System.Globalization;
using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html.Renderers;

/// <summary>
/// A list as <c>ul</c> or <c>ol</c> (with its first number), each level indented and marked as the
/// stylesheet's list levels are. An item's first paragraph stands in the <c>li</c> itself, in the
/// list role's look; its later paragraphs follow as continuation paragraphs.
/// </summary>
internal sealed class ListRenderer : HtmlBlockRenderer<ListBlock>
{
    /// <inheritdoc />
    protected override void Write(ListBlock block, HtmlRenderContext context, HtmlScope scope)
    {
        var depth = scope.ListDepth;
        var level = context.StyleSheet.ListLevel(block.Ordered, depth);
        var outer = depth == 0 ? 0 : context.StyleSheet.ListLevel(block.Ordered, depth - 1).TextIndent;
        var tag = block.Ordered ? "ol" : "ul";
        var marker = Marker(level, depth);
        var list = new Look($"list-{tag}-{depth}", () => new CssDeclarations()
            .Set("margin", "0")
            .Px("padding-left", CssLooks.Px(Math.Max(level.TextIndent - outer, level.Hanging)))
            .Set("list-style-type", marker));
        var start = block.Ordered && block.Start != 1 ? $" start=\"{block.Start.ToString(CultureInfo.InvariantCulture)}\"" : "";
        context.Raw($"<{tag}{start}{context.Attributes(list)}>\n");
        var itemRole = block.Ordered ? StyleRoles.ListNumber : StyleRoles.ListBullet;
        var inner = scope with { ListDepth = depth + 1, Role = null };
        var continued = new Look("list-continue", () => new CssDeclarations().Set("margin-left", "0"));
        foreach (var item in block.Items)
        {
            context.Raw("<li" + context.Attributes(context.ParagraphLooks(itemRole, scope with { Role = null })) + ">");
            var blocks = item.Blocks;
            var rest = blocks;
            if (blocks is [Paragraph first, ..])
            {
                context.Inlines(first.Content);
                rest = [.. blocks.Skip(1)];
                if (rest.Count > 0)
                {
                    context.Raw("\n");
                }
            }

            foreach (var later in rest)
            {
                if (later is Paragraph paragraph)
                {
                    context.Raw("<p" + context.Attributes([.. context.ParagraphLooks(StyleRoles.ListContinue, inner), continued]) + ">");
                    context.Inlines(paragraph.Content);
                    context.Raw("</p>\n");
                }
                else
                {
                    context.Blocks([later], inner);
                }
            }

            context.Raw("</li>\n");
        }

        context.Raw($"</{tag}>\n");
    }

    /// <summary>The CSS marker nearest the level's: numbers, letters and numerals as they are; bullets by depth.</summary>
    private static string Marker(ListLevelLook level, int depth) => level.Format switch
    {
        "decimal" => "decimal",
        "lower-letter" => "lower-alpha",
        "lower-roman" => "lower-roman",
        _ => (depth % 3) switch { 0 => "disc", 1 => "circle", _ => "square" },
    };
}
