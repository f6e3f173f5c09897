using System.Globalization;
using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>Pieces every table-shaped renderer needs: grids of fixed widths, cells, the gap after a table.</summary>
internal static class TableParts
{
    /// <summary>The spacers handed out, with their gaps; weak, so finished documents are not kept alive.</summary>
    private static readonly ConditionalWeakTable<Paragraph, string> Spacers = [];

    /// <summary>Column widths in twips that add up to exactly <paramref name="total"/>.</summary>
    public static int[] Widths(IReadOnlyList<double> fractions, int total)
    {
        var widths = fractions.Select(f => (int)Math.Floor(f * total)).ToArray();
        if (widths.Length > 0)
        {
            widths[^1] += total - widths.Sum();
        }

        return widths;
    }

    /// <summary>
    /// Table properties in schema order: style, width, borders, shading, layout, look, and the
    /// alternative text (title and description) screen readers announce.
    /// </summary>
    /// <param name="styleId">The table style.</param>
    /// <param name="width">The table's width in twips.</param>
    /// <param name="title">The alternative text's title, or null.</param>
    /// <param name="borders">Borders that replace the style's, or null.</param>
    /// <param name="shading">A background for the whole table, or null.</param>
    /// <param name="description">The alternative text's description, or null.</param>
    /// <param name="headerRow">True when the first row is a header row, which takes the table style's first-row look.</param>
    public static TableProperties Properties(string styleId, int width, string? title = null, TableBorders? borders = null, Shading? shading = null, string? description = null, bool headerRow = false)
    {
        var properties = new TableProperties(
            new TableStyle { Val = styleId },
            new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (borders is not null)
        {
            properties.Append(borders);
        }

        if (shading is not null)
        {
            properties.Append(shading);
        }

        properties.Append(
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = headerRow ? "04A0" : "0480", FirstRow = headerRow, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        if (title is not null)
        {
            properties.Append(new TableCaption { Val = title });
        }

        if (description is not null)
        {
            properties.Append(new TableDescription { Val = description });
        }

        return properties;
    }

    /// <summary>
    /// Keeps the rows of <paramref name="table"/> on one page: every paragraph of every row but the
    /// last keeps with the next, which is how Word keeps a table together. Word then moves the whole
    /// table to the next page rather than split it, and a heading above it, which keeps with the
    /// next paragraph, goes along.
    /// </summary>
    public static void KeepRowsTogether(Table table)
    {
        foreach (var row in table.Elements<TableRow>().SkipLast(1))
        {
            foreach (var paragraph in row.Descendants<Paragraph>())
            {
                var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
                if (properties.KeepNext is null)
                {
                    // keepNext follows the paragraph style, the first child in the schema's order.
                    properties.InsertAfter(new KeepNext(), properties.ParagraphStyleId);
                }
            }
        }
    }

    /// <summary>
    /// Top and bottom borders for a shaded cell, in a rule colour that stays visible on its fill
    /// (see <see cref="Styling.RuleColors"/>); Word draws the darker of two cells' borders where they meet.
    /// </summary>
    public static TableCellBorders RulesOver(Styling.TableLook look, string fill)
    {
        var color = Styling.RuleColors.Over(look.RuleColor, fill);
        var size = (uint)Math.Max(2, Math.Round(look.RuleWidth * 8));
        return new TableCellBorders(
            new TopBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = color },
            new BottomBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = color });
    }

    /// <summary>The grid: one column per width.</summary>
    public static TableGrid Grid(IEnumerable<int> widths) => new(widths.Select(w => new GridColumn { Width = Twips(w) }));

    /// <summary>A cell of <paramref name="width"/> twips; a cell must hold at least one paragraph, so an empty one gets an empty paragraph.</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, string? fill = null, string? paragraphStyle = null, OpenXmlElement? beforeShading = null, OpenXmlElement? afterShading = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (beforeShading is not null)
        {
            properties.Append(beforeShading);
        }

        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        if (afterShading is not null)
        {
            properties.Append(afterShading);
        }

        var cell = new TableCell(properties);
        cell.Append(content);
        if (cell.Elements<Paragraph>().LastOrDefault() is null || cell.LastChild is Table)
        {
            cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = paragraphStyle ?? StyleIds.TableText })));
        }

        return cell;
    }

    /// <summary>
    /// The gap a table wants below it, <paramref name="points"/> high. A renderer cannot know what
    /// follows its table, so it returns this after it; <see cref="TableGaps"/> then turns it into
    /// space before the next paragraph and keeps it as a paragraph only where Word needs one
    /// (between two tables, which would otherwise merge, or where a cell or the body ends).
    /// </summary>
    public static Paragraph Spacer(double points = 8)
    {
        var twips = Twips(Units.PtToTwips(points));
        var spacer = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = twips, LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = "8" }, new FontSizeComplexScript { Val = "8" })));
        Spacers.AddOrUpdate(spacer, twips);
        return spacer;
    }

    /// <summary>The gap in twips when <paramref name="paragraph"/> is a spacer made by <see cref="Spacer"/>.</summary>
    public static bool IsSpacer(Paragraph paragraph, out int gapTwips)
    {
        gapTwips = Spacers.TryGetValue(paragraph, out var twips) ? int.Parse(twips, CultureInfo.InvariantCulture) : 0;
        return twips is not null;
    }

    /// <summary>Twips as text.</summary>
    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
