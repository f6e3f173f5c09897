using System.Globalization;
using System.Text;
using BriefingGen.Html.Css;
using BriefingGen.Styling;

namespace BriefingGen.Html;

/// <summary>
/// An e-mail body that survives real mail clients: nested layout tables 600 px wide that shrink on
/// a phone, every look as an inline style (clients drop style sheets), web-safe font stacks, no
/// script, no style element, and pictures as cid: references to parts of the message.
/// </summary>
internal static class EmailDocument
{
    /// <summary>The message's width: what mail clients show without scrolling.</summary>
    public const int Width = 600;

    /// <summary>The space between the message's edge and its text.</summary>
    private const int Gutter = 28;

    private const string Surround = "E9EDF1";

    /// <summary>Writes <paramref name="context"/>'s document as an e-mail body.</summary>
    public static string Write(HtmlRenderContext context)
    {
        var document = context.Document;
        var body = context.StyleSheet.Paragraph(StyleRoles.Body);
        var classification = document.Metadata.Classification;

        var content = new StringBuilder();
        context.Out.Clear();
        Masthead.RunningHeader(context, document.Sections[0].Furniture);
        Masthead.Body(context, classification);
        content.Append(context.Out);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").AppendEscaped(document.Metadata.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"x-apple-disable-message-reformatting\">\n");
        html.Append("<title>").AppendEscaped(document.Metadata.Title).Append("</title>\n</head>\n");
        var text = CssLooks.Text(body.Text).Set("margin", "0").Set("padding", "0").Set("-webkit-text-size-adjust", "100%");
        html.Append("<body style=\"").AppendEscaped(text.Copy().Color("background-color", Surround).ToString()).Append("\">\n");
        var width = Width.ToString(CultureInfo.InvariantCulture);
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;border-collapse:collapse;background-color:#").Append(Surround).Append("\">\n<tr><td align=\"center\" style=\"padding:16px 0\">\n");
        html.Append("<table role=\"presentation\" width=\"").Append(width).Append("\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;max-width:").Append(width).Append("px;table-layout:fixed;border-collapse:collapse;background-color:#FFFFFF\">\n");
        Banner(html, context, document.Metadata.Classification);
        var gutter = Gutter.ToString(CultureInfo.InvariantCulture);
        html.Append("<tr><td style=\"padding:12px ").Append(gutter).Append("px 28px ").Append(gutter).Append("px\">\n");
        html.Append(content);
        html.Append("</td></tr>\n");
        Banner(html, context, classification);
        html.Append("</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The classification banner as a full-width row of the message's table.</summary>
    private static void Banner(StringBuilder html, HtmlRenderContext context, string? classification)
    {
        if (string.IsNullOrWhiteSpace(classification))
        {
            return;
        }

        var sheet = context.StyleSheet;
        var css = CssLooks.Paragraph(sheet.Paragraph(StyleRoles.Banner)).With(CssLooks.Box(sheet.Banner)).Set("margin", "0");
        html.Append("<tr><td align=\"center\" bgcolor=\"#").Append(sheet.Banner.Fill ?? sheet.Colors.BannerFill).Append("\" style=\"").AppendEscaped(css.ToString()).Append("\">").AppendEscaped(classification).Append("</td></tr>\n");
    }
}
