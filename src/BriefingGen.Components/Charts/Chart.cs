using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Components.Charts;

/// <summary>
/// A chart of one or more series over a list of categories: columns, bars, lines, or columns and
/// lines on two value axes. It has no title of its own — the pack's caption names it — but axes,
/// gridlines, axis titles, a legend below and, if asked, data labels and a table of its values.
/// </summary>
/// <param name="Kind">What it draws.</param>
/// <param name="Categories">The categories, in order.</param>
/// <param name="Series">The series, in legend order.</param>
/// <param name="ValueAxis">The primary value axis (left, or bottom for horizontal bars).</param>
public sealed record Chart(ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, ChartAxis ValueAxis) : Block
{
    /// <summary>The most series a chart may have: more than this cannot be told apart.</summary>
    public const int MaxSeries = 6;

    /// <summary>The most categories a chart may have.</summary>
    public const int MaxCategories = 24;

    /// <summary>Grouped or stacked bars.</summary>
    public ChartLayout Layout { get; init; } = ChartLayout.Grouped;

    /// <summary>The secondary value axis (right) of a combination chart, or null.</summary>
    public ChartAxis? SecondaryAxis { get; init; }

    /// <summary>The category axis's title, or null.</summary>
    public string? CategoryTitle { get; init; }

    /// <summary>Whether each value is written at its bar or marker.</summary>
    public bool DataLabels { get; init; }

    /// <summary>Whether a table of the values follows the chart, for readers who cannot see it.</summary>
    public bool DataTable { get; init; }

    /// <summary>The data's own words about what the chart shows, put before the values in the alternative text; or null.</summary>
    public string? Summary { get; init; }

    /// <summary>What kind of chart it is in the document's language, for the alternative text: "Column chart".</summary>
    public string KindName { get; init; } = "Chart";

    /// <summary>The culture its numbers are written in (a name such as nb-NO).</summary>
    public string CultureName { get; init; } = "en-GB";

    /// <inheritdoc />
    public override IEnumerable<Node> Children => Series;

    /// <summary>The document's culture.</summary>
    public CultureInfo Culture => Typography.DocumentCulture.Get(CultureName);

    /// <summary>Whether the bars are horizontal.</summary>
    public bool Horizontal => Kind == ChartKind.Bar;

    /// <summary>Whether any series is read against the secondary axis.</summary>
    public bool HasSecondary => Series.Any(s => s.Secondary);

    /// <summary>The series drawn as bars.</summary>
    public IReadOnlyList<ChartSeries> BarSeries => Series.Where(s => s.Mark == SeriesMark.Bar).ToList();

    /// <summary>The axis <paramref name="series"/> is read against.</summary>
    public ChartAxis AxisOf(ChartSeries series) => series.Secondary ? SecondaryAxis ?? new ChartAxis(null) : ValueAxis;

    /// <summary>A value of <paramref name="series"/> as its axis writes it, with as many decimals as the series' values need.</summary>
    public string Format(ChartSeries series, double value) => ChartNumbers.Format(value, AxisOf(series).Format, Decimals(series), Culture);

    /// <summary>A gridline's value on <paramref name="axis"/>, with as many decimals as the axis's <paramref name="ticks"/> need.</summary>
    public string FormatTick(ChartAxis axis, double value, IEnumerable<double> ticks) => ChartNumbers.Format(value, axis.Format, ChartNumbers.Decimals(axis.Format, ticks), Culture);

    /// <summary>How many decimals the values of <paramref name="series"/> need, so that 7 % and 7,9 % in one series read 7,0 % and 7,9 %.</summary>
    public int Decimals(ChartSeries series) => ChartNumbers.Decimals(AxisOf(series).Format, series.Values);

    /// <summary>
    /// What the chart shows, in words, for the PDF figure's alternate text and Word's description:
    /// its kind, the data's own summary, then every category with each series' value.
    /// </summary>
    public string Description
    {
        get
        {
            var kind = KindName + (Layout == ChartLayout.Stacked && Kind is ChartKind.Column or ChartKind.Bar ? " (stacked)" : "");
            var lead = Summary is { Length: > 0 } ? $"{kind}. {Summary.TrimEnd('.')}." : $"{kind}.";
            var axis = CategoryTitle is { Length: > 0 } ? CategoryTitle + ": " : "";
            var values = Categories.Select((category, i) => $"{category}: " + string.Join(", ", Series.Select(s => $"{s.Name} {Format(s, s.Values[i])}")));
            return $"{lead} {axis}{string.Join("; ", values)}.";
        }
    }
}
