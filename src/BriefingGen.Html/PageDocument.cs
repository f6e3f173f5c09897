using System.Text;
using BriefingGen.Html.Css;
using BriefingGen.Styling;

namespace BriefingGen.Html;

/// <summary>
/// A standalone page: the paper as a sheet on a quiet background, its language on the root element,
/// its metadata in the head, one embedded style sheet holding only the looks the page uses, no
/// script. The banner opens and closes the sheet, as it heads and foots every printed page.
/// </summary>
internal static class PageDocument
{
    /// <summary>The colour around the sheet: screen furniture, not part of the paper's looks.</summary>
    private const string Surround = "E9EDF1";

    /// <summary>Writes <paramref name="context"/>'s document as a whole page.</summary>
    public static string Write(HtmlRenderContext context)
    {
        var document = context.Document;
        var sheet = context.StyleSheet;
        var body = sheet.Paragraph(StyleRoles.Body);
        var column = CssLooks.Px(document.Sections[0].Layout.ContentWidthMm / 25.4 * 72);
        context.Rules.Add("*,*::before,*::after", new CssDeclarations().Set("box-sizing", "border-box"));
        context.Rules.Add("body", CssLooks.Text(body.Text).Set("margin", "0").Set("padding", "32px 16px").Color("background-color", Surround));
        context.Rules.Add(".sheet", new CssDeclarations()
            .Px("max-width", column + 96).Set("margin", "0 auto").Set("padding", "40px 48px 48px").Set("background-color", "#FFFFFF")
            .Set("box-shadow", "0 1px 4px rgba(0,0,0,.18)"));
        context.Rules.Add("a:focus-visible", new CssDeclarations().Set("outline", $"2px solid #{sheet.Colors.Accent}").Set("outline-offset", "2px"));

        context.Raw("<div class=\"sheet\">\n<header>\n");
        Masthead.Banner(context, document.Metadata.Classification);
        Masthead.RunningHeader(context, document.Sections[0].Furniture);
        context.Raw("</header>\n<main>\n");
        var classification = document.Metadata.Classification;
        classification = Masthead.Body(context, classification);
        context.Raw("</main>\n<footer>\n");
        Masthead.Banner(context, classification);
        context.Raw("</footer>\n</div>\n");

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").AppendEscaped(document.Metadata.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").AppendEscaped(document.Metadata.Title).Append("</title>\n");
        Meta(html, "author", document.Metadata.Author);
        Meta(html, "description", document.Metadata.Subject ?? document.Metadata.Subtitle);
        Meta(html, "keywords", document.Metadata.Keywords.Count > 0 ? string.Join(", ", document.Metadata.Keywords) : null);
        Meta(html, "generator", document.Metadata.Generator);
        html.Append("<style>\n").Append(context.Rules).Append(Media()).Append("</style>\n</head>\n<body>\n");
        html.Append(context.Out).Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Meta(StringBuilder html, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").AppendEscaped(content).Append("\">\n");
        }
    }

    /// <summary>A phone gets the whole width; print gets the paper without the screen's surround.</summary>
    private static string Media() =>
        "@media (max-width:640px){body{padding:0}.sheet{padding:20px 16px 28px;box-shadow:none}}\n"
        + "@media print{body{padding:0;background:none}.sheet{max-width:none;padding:0;box-shadow:none}}\n";
}
