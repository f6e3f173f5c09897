namespace BriefingGen.Components.Charts;

/// <summary>
/// The range and gridlines of a value axis: from the data's lowest to its highest value (from zero
/// for bars, which must start at zero to be read by their length) rounded out to a "nice" step of
/// 1, 2, 2.5 or 5 times a power of ten, so that there are four to seven gridlines.
/// </summary>
/// <param name="Min">The value at the axis's start.</param>
/// <param name="Max">The value at its end.</param>
/// <param name="Step">The distance between gridlines.</param>
internal sealed record ChartScale(double Min, double Max, double Step)
{
    /// <summary>The values at the gridlines, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Clean(Min + (i * Step))).ToList();
        }
    }

    /// <summary>Where <paramref name="value"/> falls along the axis, 0 at its start and 1 at its end.</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);

    /// <summary>The scales of <paramref name="chart"/>'s primary axis and, if it has one, its secondary axis (sharing the primary's gridlines).</summary>
    public static (ChartScale Primary, ChartScale? Secondary) Of(Chart chart)
    {
        var primary = Of(chart, chart.Series.Where(s => !s.Secondary).ToList(), chart.ValueAxis, null);
        var secondary = chart.HasSecondary ? Of(chart, chart.Series.Where(s => s.Secondary).ToList(), chart.SecondaryAxis ?? new ChartAxis(null), primary) : null;
        return (primary, secondary);
    }

    /// <summary>The scale for the series on one axis: stacked bars by their totals, bars from zero.</summary>
    private static ChartScale Of(Chart chart, IReadOnlyList<ChartSeries> series, ChartAxis axis, ChartScale? alignTo)
    {
        var values = series.Where(s => s.Mark == SeriesMark.Line || chart.Layout == ChartLayout.Grouped).SelectMany(s => s.Values).ToList();
        var stacked = series.Where(s => s.Mark == SeriesMark.Bar && chart.Layout == ChartLayout.Stacked).ToList();
        if (stacked.Count > 0)
        {
            values.AddRange(chart.Categories.Select((_, i) => stacked.Sum(s => s.Values[i])));
        }

        var (low, high) = (values.Min(), values.Max());
        var fromZero = series.Any(s => s.Mark == SeriesMark.Bar) || (low >= 0 && low <= high / 2);
        return alignTo is null ? For(low, high, axis, fromZero) : Aligned(low, high, axis, fromZero, alignTo);
    }

    /// <summary>The scale for values from <paramref name="low"/> to <paramref name="high"/>, within the axis's own limits.</summary>
    public static ChartScale For(double low, double high, ChartAxis axis, bool fromZero)
    {
        if (fromZero)
        {
            low = Math.Min(0, low);
            high = Math.Max(0, high);
        }

        low = axis.Min ?? low;
        high = axis.Max ?? high;
        if (high <= low)
        {
            high = low + (low == 0 ? 1 : Math.Abs(low));
        }

        var step = NiceStep((high - low) / 5);
        var min = axis.Min ?? Math.Floor((low / step) + 1e-9) * step;
        var max = axis.Max ?? Math.Ceiling((high / step) - 1e-9) * step;
        if (max <= min)
        {
            max = min + step;
        }

        return new ChartScale(Clean(min), Clean(max), step);
    }

    /// <summary>
    /// A secondary axis's scale with as many steps as <paramref name="primary"/>, so both axes share
    /// the gridlines: the smallest nice step that covers the values in that many steps.
    /// </summary>
    public static ChartScale Aligned(double low, double high, ChartAxis axis, bool fromZero, ChartScale primary)
    {
        var intervals = (int)Math.Round((primary.Max - primary.Min) / primary.Step);
        var own = For(low, high, axis, fromZero);
        if (axis.Min is not null && axis.Max is not null)
        {
            return own with { Step = (own.Max - own.Min) / intervals };
        }

        for (var step = NiceStep(Math.Max(own.Max - own.Min, 1e-9) / intervals); ; step = NiceStep(step * 1.01))
        {
            var min = axis.Min ?? Math.Floor((own.Min / step) + 1e-9) * step;
            if (min + (step * intervals) >= Math.Max(high, own.Min) - 1e-9)
            {
                return new ChartScale(Clean(min), Clean(min + (step * intervals)), step);
            }
        }
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /// <summary>Rounds away the binary noise of adding steps (0.30000000000000004).</summary>
    private static double Clean(double value) => Math.Round(value, 10);
}
