using System.Globalization;
using BriefingGen.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// The "Brief Table" table style: rules above, below and between rows, the cell padding, and a
/// first-row look (the header's fill, bold text in the header colour) that Word applies to the
/// first row of every table whose look asks for it (<c>tblLook firstRow="1"</c>). The header's
/// look lives in the style, not in each cell, so a user restyles every table's header at once.
/// </summary>
internal static class TableStyleBuilder
{
    /// <summary>The table style of <paramref name="sheet"/>.</summary>
    public static Style Build(StyleSheet sheet)
    {
        var table = sheet.Table;
        var header = sheet.Paragraph(StyleRoles.TableHeader).Text;
        BorderType Rule<T>()
            where T : BorderType, new() => new T { Val = BorderValues.Single, Size = Eighths(table.RuleWidth), Space = 0, Color = table.RuleColor };
        var padding = table.CellPadding;
        return new Style(
            new StyleName { Val = "Brief Table" },
            new UIPriority { Val = 40 },
            new StyleTableProperties(
                new TableBorders(Rule<TopBorder>(), Rule<BottomBorder>(), Rule<InsideHorizontalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = Twips(padding.Top), Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = (short)Units.PtToTwips(padding.Left), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = Twips(padding.Bottom), Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = (short)Units.PtToTwips(padding.Right), Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new RunPropertiesBaseStyle([.. Toggles.Bold(header.Bold), new Color { Val = header.Color }]),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = table.HeaderFill }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = StyleIds.Table, CustomStyle = true };
    }

    private static string Twips(double pt) => Units.PtToTwips(pt).ToString(CultureInfo.InvariantCulture);

    /// <summary>Border widths are stored in eighths of a point.</summary>
    private static UInt32Value Eighths(double pt) => (uint)Math.Max(2, Math.Round(pt * 8));
}
