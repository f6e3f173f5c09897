using BriefingGen.Html.Css;
using BriefingGen.Model;
using BriefingGen.Styling;

namespace BriefingGen.Html;

/// <summary>
/// What a printed paper shows on every page, shown once on screen: the classification banner, and
/// the running header's two texts (the organisation, the reference). The footer's page numbers have
/// no place on a page without pages.
/// </summary>
internal static class Masthead
{
    /// <summary>The classification banner, when the paper has a marking.</summary>
    public static void Banner(HtmlRenderContext context, string? classification)
    {
        if (string.IsNullOrWhiteSpace(classification))
        {
            return;
        }

        var box = new Look("banner-box", () => CssLooks.Box(context.StyleSheet.Banner));
        context.Raw("<p" + context.Attributes(context.Paragraph(StyleRoles.Banner), box) + ">").Text(classification).Raw("</p>\n");
    }

    /// <summary>The running header's left and right texts on one line, when either has any.</summary>
    public static void RunningHeader(HtmlRenderContext context, PageFurniture furniture)
    {
        var left = InlineText.Of(furniture.HeaderLeft).Trim();
        var right = InlineText.Of(furniture.HeaderRight).Trim();
        if (left.Length == 0 && right.Length == 0)
        {
            return;
        }

        var rule = new RuleLook(0.5, context.StyleSheet.Colors.TableBorder);
        if (context.Flavor == HtmlFlavor.Email)
        {
            var cell = new Look("running-cell", () => new CssDeclarations().Set("border-bottom", CssLooks.Rule(rule)).Set("padding", "8px 0"));
            context.Raw("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
            context.Raw("<td" + context.Attributes(context.Paragraph(StyleRoles.Header), cell) + ">");
            context.Inlines(furniture.HeaderLeft);
            context.Raw("</td><td align=\"right\"" + context.Attributes(context.Paragraph(StyleRoles.Header), cell, HtmlRenderContext.Align(CellAlignment.Right)) + ">");
            context.Inlines(furniture.HeaderRight);
            context.Raw("</td></tr></table>\n");
            return;
        }

        var line = new Look("running", () => new CssDeclarations()
            .Set("display", "flex").Set("flex-wrap", "wrap").Set("justify-content", "space-between").Set("gap", "4px 24px")
            .Set("border-bottom", CssLooks.Rule(rule)).Set("padding", "8px 0").Set("margin-bottom", "28px"));
        context.Raw("<div" + context.Attributes(line) + ">");
        context.Raw("<p" + context.Attributes(context.Paragraph(StyleRoles.Header)) + ">");
        context.Inlines(furniture.HeaderLeft);
        context.Raw("</p><p" + context.Attributes(context.Paragraph(StyleRoles.Header)) + ">");
        context.Inlines(furniture.HeaderRight);
        context.Raw("</p></div>\n");
    }

    /// <summary>
    /// The paper's sections one after another, with a banner where a section's marking differs from
    /// the one before, then the notes; the marking the paper ends under is returned (the page's
    /// closing banner shows it).
    /// </summary>
    public static string? Body(HtmlRenderContext context, string? classification)
    {
        foreach (var section in context.Document.Sections)
        {
            if (section.Metadata.Classification != classification)
            {
                Banner(context, section.Metadata.Classification);
                classification = section.Metadata.Classification;
            }

            context.Blocks(section.Blocks, HtmlScope.Body);
        }

        NotesWriter.Write(context);
        return classification;
    }
}
