using System.Globalization;
using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html;

/// <summary>
/// The notes at the end of the paper, under a heading in the paper's language: each numbered as its
/// mark, with a link back to it. A note's own notes are added to the end as they are met.
/// </summary>
internal static class NotesWriter
{
    /// <summary>Writes the notes collected in <paramref name="context"/>, if any.</summary>
    public static void Write(HtmlRenderContext context)
    {
        if (context.Notes.Count == 0)
        {
            return;
        }

        var level = context.SectionLevel.ToString(CultureInfo.InvariantCulture);
        var page = context.Flavor == HtmlFlavor.Page;
        var list = new Look("notes-list", () => new CssDeclarations().Set("margin", "0").Px("padding-left", CssLooks.Px(18)));
        var rule = new Look("notes", () => new CssDeclarations()
            .Set("border-top", CssLooks.Rule(new RuleLook(0.5, context.StyleSheet.Colors.TableBorder)))
            .Px("margin-top", CssLooks.Px(18)).Px("padding-top", CssLooks.Px(4)));
        context.Raw((page ? "<section aria-labelledby=\"notes\"" : "<div") + context.Attributes(rule) + ">\n");
        context.Raw($"<h{level} id=\"notes\"" + context.Attributes(context.Paragraph(StyleRoles.Heading(2))) + ">").Text(context.Words.Notes).Raw($"</h{level}>\n");
        context.Raw("<ol" + context.Attributes(list) + ">\n");
        for (var i = 0; i < context.Notes.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            context.Raw($"<li id=\"note-{number}\"" + context.Attributes(context.Paragraph(StyleRoles.Note)) + ">");
            var blocks = context.Notes[i];
            if (blocks is [Paragraph only])
            {
                context.Inlines(only.Content);
            }
            else
            {
                context.Blocks(blocks, HtmlScope.Body with { Role = StyleRoles.Note });
            }

            context.Raw($" <a href=\"#note-ref-{number}\" aria-label=\"").Text(context.Words.BackToText).Raw("\"" + context.Attributes(context.InlineRole(StyleRoles.Link)) + ">↩</a></li>\n");
        }

        context.Raw("</ol>\n" + (page ? "</section>\n" : "</div>\n"));
    }
}
