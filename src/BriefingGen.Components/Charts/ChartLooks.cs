using BriefingGen.Styling;

namespace BriefingGen.Components.Charts;

/// <summary>
/// How each series of a chart looks, the same in every format: its colour from the theme's chart
/// palette (in series order), and a hatch pattern for bars or a marker shape for lines, counted
/// separately among the bar series and the line series so that each starts with the plainest.
/// </summary>
internal static class ChartLooks
{
    /// <summary>The gridlines: light, so the data stands out.</summary>
    public const string Gridline = "D9DEE4";

    /// <summary>The colour of <paramref name="series"/>: its place among all the chart's series.</summary>
    public static string Color(StyleSheet sheet, Chart chart, ChartSeries series) => Color(sheet, chart.Series.ToList().FindIndex(s => ReferenceEquals(s, series)));

    /// <summary>The colour of the series at <paramref name="index"/>.</summary>
    public static string Color(StyleSheet sheet, int index)
    {
        var palette = sheet.Colors.ChartColors;
        return palette[index % palette.Count];
    }

    /// <summary>The hatching of <paramref name="series"/> in <paramref name="chart"/>: its place among the bar series.</summary>
    public static SeriesPattern Pattern(Chart chart, ChartSeries series) =>
        (SeriesPattern)(chart.BarSeries.ToList().FindIndex(s => ReferenceEquals(s, series)) % 6);

    /// <summary>The marker of <paramref name="series"/>: its place among the line series.</summary>
    public static SeriesMarker Marker(Chart chart, ChartSeries series) =>
        (SeriesMarker)(chart.Series.Where(s => s.Mark == SeriesMark.Line).ToList().FindIndex(s => ReferenceEquals(s, series)) % 6);
}
