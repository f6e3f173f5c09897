using BriefingGen.Model;

namespace BriefingGen.Components.Charts;

/// <summary>
/// A chart's values as a compact table — categories down the side, a column per series, numbers
/// set right and written as the chart writes them — for <c>data_table: true</c>, so every reader
/// can read the exact values whatever they can see.
/// </summary>
internal static class ChartTable
{
    /// <summary>The table for <paramref name="chart"/>.</summary>
    public static Table Build(Chart chart)
    {
        static TableCell Cell(string text, CellAlignment alignment = CellAlignment.Left) =>
            new([new Paragraph([new Text(text)])], alignment);

        var first = 1.0 / (chart.Series.Count + 1.5) * 1.5;
        var widths = new List<double> { first };
        widths.AddRange(Enumerable.Repeat((1 - first) / chart.Series.Count, chart.Series.Count));
        var header = new TableRow([Cell(chart.CategoryTitle ?? ""), .. chart.Series.Select(s => Cell(s.Name, CellAlignment.Right))]);
        var body = chart.Categories.Select((category, i) =>
            new TableRow([Cell(category), .. chart.Series.Select(s => Cell(chart.Format(s, s.Values[i]), CellAlignment.Right))])).ToList();
        return new Table(widths, [header], body) { Title = chart.KindName, Summary = chart.Summary };
    }
}
