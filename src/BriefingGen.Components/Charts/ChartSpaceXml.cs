using System.Globalization;
using System.Xml.Linq;
using BriefingGen.Styling;

namespace BriefingGen.Components.Charts;

/// <summary>
/// A chart as DrawingML (<c>c:chartSpace</c>, ISO/IEC 29500-1 §21.2), the part Word and LibreOffice
/// draw natively: each series' name, categories and values cached in the part (<c>c:strCache</c>,
/// <c>c:numCache</c>) and referenced to the embedded workbook's cells, so "Edit data" opens them.
/// It follows the PDF's look: the theme's palette, white hatching from the second bar series,
/// a marker per line series, light gridlines, axis titles, the legend below, no chart title.
/// </summary>
internal static class ChartSpaceXml
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const int CategoryAxis = 1001;
    private const int ValueAxis = 1002;
    private const int SecondaryCategoryAxis = 1003;
    private const int SecondaryValueAxis = 1004;

    /// <summary>The chart part's XML for <paramref name="chart"/>, its workbook at relationship <paramref name="workbookId"/>.</summary>
    public static XDocument Build(Chart chart, StyleSheet sheet, string workbookId)
    {
        var text = sheet.Paragraph(StyleRoles.TableText).Text;
        var plot = new XElement(C + "plotArea", new XElement(C + "layout"));
        foreach (var secondary in new[] { false, true })
        {
            var bars = chart.Series.Where(s => s.Mark == SeriesMark.Bar && s.Secondary == secondary).ToList();
            var lines = chart.Series.Where(s => s.Mark == SeriesMark.Line && s.Secondary == secondary).ToList();
            var axes = secondary ? (SecondaryCategoryAxis, SecondaryValueAxis) : (CategoryAxis, ValueAxis);
            if (bars.Count > 0)
            {
                plot.Add(BarChart(chart, sheet, bars, axes));
            }

            if (lines.Count > 0)
            {
                plot.Add(LineChart(chart, sheet, lines, axes));
            }
        }

        plot.Add(CategoryAxisElement(chart, sheet, text, CategoryAxis, ValueAxis, deleted: false));
        plot.Add(ValueAxisElement(chart, chart.ValueAxis, sheet, text, ValueAxis, CategoryAxis, secondary: false));
        if (chart.HasSecondary)
        {
            plot.Add(CategoryAxisElement(chart, sheet, text, SecondaryCategoryAxis, SecondaryValueAxis, deleted: true));
            plot.Add(ValueAxisElement(chart, chart.SecondaryAxis ?? new ChartAxis(null), sheet, text, SecondaryValueAxis, SecondaryCategoryAxis, secondary: true));
        }

        plot.Add(new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))));
        var space = new XElement(
            C + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", C),
            new XAttribute(XNamespace.Xmlns + "a", A),
            new XAttribute(XNamespace.Xmlns + "r", R),
            Val("date1904", "0"),
            Val("lang", chart.CultureName),
            Val("roundedCorners", "0"),
            new XElement(
                C + "chart",
                Val("autoTitleDeleted", "1"),
                plot,
                new XElement(C + "legend", Val("legendPos", "b"), Val("overlay", "0"), TextProperties(text, text.Color)),
                Val("plotVisOnly", "1"),
                Val("dispBlanksAs", "gap")),
            new XElement(C + "spPr", new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProperties(text, text.Color),
            new XElement(C + "externalData", new XAttribute(R + "id", workbookId), Val("autoUpdate", "0")));
        return new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), space);
    }

    private static XElement BarChart(Chart chart, StyleSheet sheet, IReadOnlyList<ChartSeries> bars, (int Category, int Value) axes)
    {
        var stacked = chart.Layout == ChartLayout.Stacked;
        return new XElement(
            C + "barChart",
            Val("barDir", chart.Horizontal ? "bar" : "col"),
            Val("grouping", stacked ? "stacked" : "clustered"),
            Val("varyColors", "0"),
            bars.Select(s => Series(chart, sheet, s)),
            Val("gapWidth", stacked ? "80" : "40"),
            Val("overlap", stacked ? "100" : "0"),
            Val("axId", axes.Category),
            Val("axId", axes.Value));
    }

    private static XElement LineChart(Chart chart, StyleSheet sheet, IReadOnlyList<ChartSeries> lines, (int Category, int Value) axes) => new(
        C + "lineChart",
        Val("grouping", "standard"),
        Val("varyColors", "0"),
        lines.Select(s => Series(chart, sheet, s)),
        Val("marker", "1"),
        Val("axId", axes.Category),
        Val("axId", axes.Value));

    /// <summary>One series: its name, look, data labels, categories and values, each with the workbook cells they come from.</summary>
    private static XElement Series(Chart chart, StyleSheet sheet, ChartSeries series)
    {
        var index = chart.Series.ToList().FindIndex(s => ReferenceEquals(s, series));
        var color = ChartLooks.Color(sheet, index);
        var column = ChartWorkbook.Column(index + 1);
        var last = chart.Categories.Count + 1;
        var element = new XElement(
            C + "ser",
            Val("idx", index),
            Val("order", index),
            new XElement(C + "tx", StringReference($"Sheet1!${column}$1", [series.Name])));
        if (series.Mark == SeriesMark.Bar)
        {
            element.Add(new XElement(C + "spPr", Fill(color, ChartLooks.Pattern(chart, series)), new XElement(A + "ln", new XAttribute("w", 6350), Solid("FFFFFF"))));
            element.Add(Val("invertIfNegative", "0"));
        }
        else
        {
            element.Add(new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", 25400), new XAttribute("cap", "rnd"), Solid(color), new XElement(A + "round"))));
            element.Add(new XElement(
                C + "marker",
                Val("symbol", Symbol(ChartLooks.Marker(chart, series))),
                Val("size", "7"),
                new XElement(C + "spPr", Solid(color), new XElement(A + "ln", new XAttribute("w", 9525), Solid(ChartLooks.Marker(chart, series) == SeriesMarker.Cross ? color : "FFFFFF")))));
        }

        if (chart.DataLabels)
        {
            element.Add(DataLabels(chart, sheet, series, color));
        }

        element.Add(new XElement(C + "cat", StringReference($"Sheet1!$A$2:$A${last}", chart.Categories)));
        element.Add(new XElement(C + "val", NumberReference(chart, series, $"Sheet1!${column}$2:${column}${last}")));
        if (series.Mark == SeriesMark.Line)
        {
            element.Add(Val("smooth", "0"));
        }

        return element;
    }

    private static XElement DataLabels(Chart chart, StyleSheet sheet, ChartSeries series, string color)
    {
        var text = sheet.Paragraph(StyleRoles.TableText).Text;
        var stacked = series.Mark == SeriesMark.Bar && chart.Layout == ChartLayout.Stacked;
        var readable = Contrast.Ratio(color, "FFFFFF") >= ThemeLoader.MinimumContrast;
        var ink = stacked && readable ? "FFFFFF" : series.Mark == SeriesMark.Line && readable ? color : text.Color;
        var position = series.Mark == SeriesMark.Line ? "t" : stacked ? "ctr" : "outEnd";
        return new XElement(
            C + "dLbls",
            new XElement(C + "numFmt", new XAttribute("formatCode", ChartNumbers.Code(chart.AxisOf(series).Format, chart.Decimals(series))), new XAttribute("sourceLinked", "0")),
            // A plain patch behind the label keeps it readable over hatching and lines, as in the PDF.
            new XElement(C + "spPr", stacked ? Solid(color) : series.Mark == SeriesMark.Line ? Solid("FFFFFF") : new XElement(A + "noFill"), new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProperties(text with { Size = text.Size - 0.5, Bold = stacked || series.Mark == SeriesMark.Line }, ink),
            Val("dLblPos", position),
            Val("showLegendKey", "0"),
            Val("showVal", "1"),
            Val("showCatName", "0"),
            Val("showSerName", "0"),
            Val("showPercent", "0"),
            Val("showBubbleSize", "0"));
    }

    private static XElement CategoryAxisElement(Chart chart, StyleSheet sheet, TextLook text, int id, int crossing, bool deleted)
    {
        var axis = new XElement(
            C + "catAx",
            Val("axId", id),
            new XElement(C + "scaling", Val("orientation", chart.Horizontal ? "maxMin" : "minMax")),
            Val("delete", deleted ? "1" : "0"),
            Val("axPos", chart.Horizontal ? "l" : "b"));
        if (!deleted && chart.CategoryTitle is { } title)
        {
            axis.Add(Title(title, text, sheet.Colors.Muted, turned: false));
        }

        axis.Add(
            new XElement(C + "numFmt", new XAttribute("formatCode", "General"), new XAttribute("sourceLinked", "0")),
            Val("majorTickMark", "none"),
            Val("minorTickMark", "none"),
            Val("tickLblPos", "low"),
            new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", 9525), Solid(sheet.Colors.Muted))),
            TextProperties(text, text.Color),
            Val("crossAx", crossing),
            Val("crosses", "autoZero"),
            Val("auto", "1"),
            Val("lblAlgn", "ctr"),
            Val("lblOffset", "100"),
            Val("noMultiLvlLbl", "0"));
        return axis;
    }

    private static XElement ValueAxisElement(Chart chart, ChartAxis axis, StyleSheet sheet, TextLook text, int id, int crossing, bool secondary)
    {
        // The PDF's scale, so both formats show the same range and gridlines.
        var scales = ChartScale.Of(chart);
        var scale = secondary ? scales.Secondary! : scales.Primary;
        var scaling = new XElement(C + "scaling", Val("orientation", "minMax"), Val("max", Number(scale.Max)), Val("min", Number(scale.Min)));

        var element = new XElement(
            C + "valAx",
            Val("axId", id),
            scaling,
            Val("delete", "0"),
            Val("axPos", secondary ? "r" : chart.Horizontal ? "b" : "l"));
        if (!secondary)
        {
            element.Add(new XElement(C + "majorGridlines", new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", 6350), Solid(ChartLooks.Gridline)))));
        }

        if (axis.Title is { } title)
        {
            element.Add(Title(title, text, sheet.Colors.Muted, turned: !chart.Horizontal));
        }

        element.Add(
            new XElement(C + "numFmt", new XAttribute("formatCode", ChartNumbers.Code(axis.Format, ChartNumbers.Decimals(axis.Format, scale.Ticks))), new XAttribute("sourceLinked", "0")),
            Val("majorTickMark", "none"),
            Val("minorTickMark", "none"),
            Val("tickLblPos", "nextTo"),
            new XElement(C + "spPr", new XElement(A + "ln", new XElement(A + "noFill"))),
            TextProperties(text, sheet.Colors.Muted),
            Val("crossAx", crossing),
            // Horizontal bars list their categories top down, so the value axis crosses at the last, at the bottom.
            Val("crosses", secondary || chart.Horizontal ? "max" : "autoZero"),
            Val("crossBetween", "between"),
            Val("majorUnit", Number(scale.Step)));
        return element;
    }

    private static XElement Title(string title, TextLook text, string color, bool turned) => new(
        C + "title",
        new XElement(C + "tx", new XElement(
            C + "rich",
            new XElement(A + "bodyPr", new XAttribute("rot", turned ? "-5400000" : "0"), new XAttribute("vert", "horz")),
            new XElement(A + "lstStyle"),
            new XElement(A + "p", new XElement(A + "pPr", RunProperties("defRPr", text with { Bold = true }, color)), new XElement(A + "r", RunProperties("rPr", text with { Bold = true }, color), new XElement(A + "t", title))))),
        Val("overlay", "0"));

    private static XElement TextProperties(TextLook text, string color) => new(
        C + "txPr",
        new XElement(A + "bodyPr"),
        new XElement(A + "lstStyle"),
        new XElement(A + "p", new XElement(A + "pPr", RunProperties("defRPr", text, color)), new XElement(A + "endParaRPr", new XAttribute("lang", "en-GB"))));

    private static XElement RunProperties(string name, TextLook text, string color) => new(
        A + name,
        new XAttribute("sz", (int)Math.Round(text.Size * 100)),
        new XAttribute("b", text.Bold ? "1" : "0"),
        Solid(color),
        new XElement(A + "latin", new XAttribute("typeface", text.Families[0])));

    private static XElement StringReference(string formula, IReadOnlyList<string> values) => new(
        C + "strRef",
        new XElement(C + "f", formula),
        new XElement(C + "strCache", Val("ptCount", values.Count), values.Select((v, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", v)))));

    private static XElement NumberReference(Chart chart, ChartSeries series, string formula) => new(
        C + "numRef",
        new XElement(C + "f", formula),
        new XElement(
            C + "numCache",
            new XElement(C + "formatCode", ChartNumbers.Code(chart.AxisOf(series).Format, chart.Decimals(series))),
            Val("ptCount", series.Values.Count),
            series.Values.Select((v, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", Number(v))))));

    /// <summary>The series' colour, hatched in white as the PDF draws it.</summary>
    private static XElement Fill(string color, SeriesPattern pattern) => pattern == SeriesPattern.Solid
        ? Solid(color)
        : new XElement(
            A + "pattFill",
            new XAttribute("prst", pattern switch
            {
                SeriesPattern.UpDiagonal => "wdUpDiag",
                SeriesPattern.Horizontal => "narHorz",
                SeriesPattern.DownDiagonal => "wdDnDiag",
                SeriesPattern.Vertical => "narVert",
                _ => "diagCross",
            }),
            new XElement(A + "fgClr", new XElement(A + "srgbClr", new XAttribute("val", "FFFFFF"))),
            new XElement(A + "bgClr", new XElement(A + "srgbClr", new XAttribute("val", color))));

    private static string Symbol(SeriesMarker marker) => marker switch
    {
        SeriesMarker.Circle => "circle",
        SeriesMarker.Square => "square",
        SeriesMarker.Triangle => "triangle",
        SeriesMarker.Diamond => "diamond",
        SeriesMarker.Cross => "x",
        _ => "dash",
    };

    private static XElement Solid(string color) => new(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", color)));

    private static XElement Val(string name, object value) => new(C + name, new XAttribute("val", value is string s ? s : Convert.ToString(value, CultureInfo.InvariantCulture)!));

    /// <summary>A number as XML writes it: invariant, shortest round-trip form.</summary>
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
