using System.Globalization;
using BriefingGen.Html;
using BriefingGen.Html.Css;
using BriefingGen.Styling;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>
/// The 5 × 5 risk matrix as a real data table: impact steps as column headers along the top (under
/// the impact title), likelihood steps as row headers rising up the side (beside the likelihood
/// title), each cell shaded by its rating band with its score and the ids of its risks, then the
/// legend of the bands and their scores. A screen reader hears each cell with its likelihood and
/// impact; the score in every cell and the legend say the band in words, so colour is never alone.
/// </summary>
internal sealed class RiskMatrixHtmlRenderer : HtmlBlockRenderer<RiskMatrix>
{
    /// <summary>The least height of a grid row (30 pt), as in the PDF.</summary>
    private const double RowHeight = 30;

    /// <inheritdoc />
    protected override void Write(RiskMatrix block, HtmlRenderContext context, HtmlScope scope)
    {
        var sheet = context.StyleSheet;
        var muted = HtmlRenderContext.TextColor(sheet.Colors.Muted);
        var label = context.Paragraph(RiskMatrixExtension.CellRole);
        var number = context.Paragraph(StyleRoles.TableText);
        var center = HtmlRenderContext.Align(Model.CellAlignment.Center);
        var table = new Look("matrix", () => new CssDeclarations()
            .Set("border-collapse", "collapse").Set("width", "100%").Px("max-width", CssLooks.Px(400))
            .Set("margin", $"0 0 {CssDeclarations.Length(CssLooks.Px(sheet.Table.SpaceAfter))} 0"));
        var plain = new Look("matrix-axis", () => new CssDeclarations().Set("padding", "2px 4px").Set("border", "0").Set("font-weight", "400"));
        var upright = new Look("matrix-upright", () => new CssDeclarations().Set("writing-mode", "vertical-rl").Set("transform", "rotate(180deg)").Set("width", "1.6em"));
        var layout = context.Flavor == HtmlFlavor.Email ? " cellpadding=\"0\" cellspacing=\"0\" border=\"0\"" : "";

        context.Raw("<table aria-label=\"").Text(block.Title).Raw("\"" + layout + context.Attributes(table) + ">\n<thead>\n");
        context.Raw("<tr><td colspan=\"2\" rowspan=\"2\"" + context.Attributes(plain) + "></td>");
        context.Raw($"<th colspan=\"{RiskMatrix.Size}\" scope=\"colgroup\"" + context.Attributes(label, muted, plain) + ">").Text(block.ImpactLabel).Raw("</th></tr>\n<tr>");
        for (var impact = 1; impact <= RiskMatrix.Size; impact++)
        {
            context.Raw("<th scope=\"col\"" + context.Attributes(number, muted, center, plain) + ">").Text(Number(impact)).Raw("</th>");
        }

        context.Raw("</tr>\n</thead>\n<tbody>\n");
        for (var likelihood = RiskMatrix.Size; likelihood >= 1; likelihood--)
        {
            context.Raw("<tr>");
            if (likelihood == RiskMatrix.Size)
            {
                context.Raw($"<th rowspan=\"{RiskMatrix.Size}\" scope=\"rowgroup\"" + context.Attributes(label, muted, plain, upright) + ">").Text(block.LikelihoodLabel).Raw("</th>");
            }

            context.Raw("<th scope=\"row\"" + context.Attributes(number, muted, center, plain) + ">").Text(Number(likelihood)).Raw("</th>");
            for (var impact = 1; impact <= RiskMatrix.Size; impact++)
            {
                Cell(block, context, likelihood, impact);
            }

            context.Raw("</tr>\n");
        }

        context.Raw("</tbody>\n</table>\n");
        Legend(block, context);
    }

    /// <summary>A grid cell: its band's fill, its score, the ids of its risks.</summary>
    private static void Cell(RiskMatrix block, HtmlRenderContext context, int likelihood, int impact)
    {
        var score = likelihood * impact;
        var band = RiskBands.Of(score);
        var shade = RiskShades.For(context.StyleSheet, band);
        var fill = new Look("matrix-" + band, () => new CssDeclarations()
            .Color("background-color", shade.Fill).Color("color", shade.Text)
            .Set("border", "2px solid #FFFFFF").Set("vertical-align", "top").Set("padding", "3px 5px")
            .Px("height", CssLooks.Px(RowHeight)).Set("width", "17%"));
        var color = HtmlRenderContext.TextColor(shade.Text);
        var bgcolor = context.Flavor == HtmlFlavor.Email ? $" bgcolor=\"#{shade.Fill}\"" : "";
        context.Raw("<td" + bgcolor + context.Attributes(fill) + ">");
        context.Raw("<div" + context.Attributes(context.Paragraph(RiskMatrixExtension.ScoreRole), color) + ">").Text(Number(score)).Raw("</div>");
        var ids = block.IdsAt(likelihood, impact);
        if (ids.Count > 0)
        {
            context.Raw("<div" + context.Attributes(context.Paragraph(RiskMatrixExtension.CellRole), color) + ">").Text(string.Join(", ", ids)).Raw("</div>");
        }

        context.Raw("</td>");
    }

    /// <summary>The legend: its title, then each band as a chip in its fill with its name and scores.</summary>
    private static void Legend(RiskMatrix block, HtmlRenderContext context)
    {
        var sheet = context.StyleSheet;
        var spaced = new Look("matrix-legend", () => new CssDeclarations().Set("margin", $"0 0 {CssDeclarations.Length(CssLooks.Px(sheet.Table.SpaceAfter))} 0").Set("line-height", "2"));
        context.Raw("<p" + context.Attributes(context.Paragraph(StyleRoles.TableText), HtmlRenderContext.TextColor(sheet.Colors.Muted), spaced) + ">").Text(block.LegendTitle).Raw(": ");
        foreach (var entry in block.Legend)
        {
            var shade = RiskShades.For(sheet, entry.Band);
            var chip = new Look("matrix-chip-" + entry.Band, () => new CssDeclarations()
                .Color("background-color", shade.Fill).Color("color", shade.Text).Set("padding", "2px 8px").Set("margin-right", "4px")
                .Set("white-space", "nowrap").Set("font-weight", "700").Set("border-radius", "3px"));
            context.Raw("<span" + context.Attributes(chip) + ">").Text(entry.Name).Raw(" ").Text(entry.Range).Raw("</span> ");
        }

        context.Raw("</p>\n");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
