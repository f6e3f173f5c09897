using BriefingGen.Compose;

namespace BriefingGen.Components.Charts;

/// <summary>
/// <c>chart value</c>: the chart described by a map in the data (see README, "Charts"). Each
/// mistake is an error at the data value that has it, with its data path — an unknown type, a
/// series whose values do not match the categories one for one, a value that is not a number, a
/// secondary axis on a chart that is not a combination — and nothing is written. Its kind is
/// named for the alternative text by the pack's labels <c>chart_column</c>, <c>chart_bar</c>,
/// <c>chart_line</c> and <c>chart_combo</c>.
/// </summary>
internal static class ChartFunctions
{
    private static readonly string[] Fields = ["type", "layout", "categories", "series", "value_axis", "secondary_axis", "category_axis", "data_labels", "data_table", "description"];
    private static readonly string[] SeriesFields = ["name", "values", "type", "axis"];
    private static readonly string[] AxisFields = ["title", "format", "min", "max"];

    /// <summary>The functions, for registration.</summary>
    public static IEnumerable<TemplateFunction> All() => [new("chart", 1, 1, call => Read(call, call.Argument(0)))];

    private static Chart Read(TemplateCall call, object? value)
    {
        var fields = call.Map(value, "a chart");
        Known(call, value, fields, Fields, "a chart");
        var kind = Choice(call, fields, value, "type", "a chart", (ChartKind?)null, ("column", ChartKind.Column), ("bar", ChartKind.Bar), ("line", ChartKind.Line), ("combo", ChartKind.Combo));
        var layout = Choice(call, fields, value, "layout", "a chart", ChartLayout.Grouped, ("grouped", ChartLayout.Grouped), ("stacked", ChartLayout.Stacked));
        if (fields.ContainsKey("layout") && kind == ChartKind.Line)
        {
            throw call.ErrorAt(fields["layout"], "layout applies to bars; a line chart has none");
        }

        var categories = Categories(call, fields, value);
        var series = Series(call, fields, value, kind, categories.Count);
        if (layout == ChartLayout.Stacked && series.Where(s => s.Series.Mark == SeriesMark.Bar).SelectMany(s => s.Numbers).FirstOrDefault(n => n.Value < 0) is { Source: var negative } && negative is not null)
        {
            throw call.ErrorAt(negative, "stacked bars add up values of 0 or more; use layout: grouped for negative values");
        }

        var secondary = fields.GetValueOrDefault("secondary_axis");
        if (secondary is not null && kind != ChartKind.Combo)
        {
            throw call.ErrorAt(secondary, "a secondary axis needs type: combo");
        }

        var primary = series.Where(s => !s.Series.Secondary).ToList();
        return new Chart(kind, categories, series.Select(s => s.Series).ToList(), Axis(call, fields.GetValueOrDefault("value_axis"), "value_axis", primary, layout) ?? new ChartAxis(null))
        {
            Layout = layout,
            SecondaryAxis = Axis(call, secondary, "secondary_axis", [.. series.Where(s => s.Series.Secondary)], layout),
            CategoryTitle = CategoryTitle(call, fields.GetValueOrDefault("category_axis")),
            DataLabels = Flag(call, fields, "data_labels"),
            DataTable = Flag(call, fields, "data_table"),
            Summary = fields.GetValueOrDefault("description") is { } summary ? call.TextNode(summary).Value : null,
            KindName = call.Label("chart_" + kind.ToString().ToLowerInvariant(), kind switch
            {
                ChartKind.Column => "Column chart",
                ChartKind.Bar => "Bar chart",
                ChartKind.Line => "Line chart",
                _ => "Combination chart",
            }),
            CultureName = call.Culture.Name,
            Origin = call.OriginOf(value),
        };
    }

    private static List<string> Categories(TemplateCall call, IReadOnlyDictionary<string, object?> fields, object? chart)
    {
        var list = fields.GetValueOrDefault("categories") as IEnumerable<object?>;
        if (list is null)
        {
            throw call.ErrorAt(fields.GetValueOrDefault("categories") ?? chart, "a chart needs categories: a list of names, one per bar or point");
        }

        var categories = list.ToList();
        if (categories.Count == 0 || categories.Count > Chart.MaxCategories)
        {
            throw call.ErrorAt(chart, $"a chart takes 1 to {Chart.MaxCategories} categories, got {categories.Count}");
        }

        return categories.Select(c => CategoryName(call, c, chart)).ToList();
    }

    /// <summary>
    /// The most characters a category's name may have. A longer name turned on end under a column
    /// would run below the chart, and a reader cannot take it in at a glance anyway.
    /// </summary>
    private const int MaxCategoryName = 40;

    private static string CategoryName(TemplateCall call, object? category, object? chart)
    {
        if (category is null or Scriban.Runtime.ScriptArray or Scriban.Runtime.ScriptObject)
        {
            throw call.ErrorAt(category ?? chart, "each category must be a name");
        }

        var name = call.TextNode(category).Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            // A bar or point without a name cannot be told from its neighbours, in the chart or read aloud.
            throw call.ErrorAt(category, "each category needs a name; got an empty one");
        }

        var length = new System.Globalization.StringInfo(name).LengthInTextElements;
        return length <= MaxCategoryName
            ? name
            : throw call.ErrorAt(category, $"a category's name may have at most {MaxCategoryName} characters, got {length}; shorten it, and say more in the exhibit's title or a note");
    }

    /// <summary>A series with the data values it was read from, so a later check can point at one.</summary>
    private sealed record ReadSeries(ChartSeries Series, IReadOnlyList<(double Value, object? Source)> Numbers);

    private static List<ReadSeries> Series(TemplateCall call, IReadOnlyDictionary<string, object?> fields, object? chart, ChartKind kind, int categories)
    {
        if (fields.GetValueOrDefault("series") is not IEnumerable<object?> list)
        {
            throw call.ErrorAt(fields.GetValueOrDefault("series") ?? chart, "a chart needs series: a list of {name, values}");
        }

        var items = list.ToList();
        if (items.Count == 0 || items.Count > Chart.MaxSeries)
        {
            throw call.ErrorAt(chart, $"a chart takes 1 to {Chart.MaxSeries} series, got {items.Count}");
        }

        var result = new List<ReadSeries>();
        foreach (var item in items)
        {
            var series = call.Map(item, "each series");
            Known(call, item, series, SeriesFields, "a series");
            var name = series.GetValueOrDefault("name") is { } n ? call.TextNode(n).Value : throw call.ErrorAt(item, "a series needs a name for the legend");
            if (series.GetValueOrDefault("values") is not IEnumerable<object?> values)
            {
                throw call.ErrorAt(series.GetValueOrDefault("values") ?? item, $"series '{name}' needs values: a list of numbers, one per category");
            }

            var numbers = values.Select(v => (Number(call, v, $"series '{name}'"), v)).ToList();
            if (numbers.Count != categories)
            {
                throw call.ErrorAt(item, $"series '{name}' has {numbers.Count} values for {categories} categories; give one value per category");
            }

            var mark = kind switch
            {
                ChartKind.Line => SeriesMark.Line,
                ChartKind.Combo => Choice(call, series, item, "type", "a series", SeriesMark.Bar, ("bar", SeriesMark.Bar), ("column", SeriesMark.Bar), ("line", SeriesMark.Line)),
                _ when series.ContainsKey("type") => throw call.ErrorAt(series["type"], "a series chooses bar or line only in a chart of type: combo"),
                _ => SeriesMark.Bar,
            };
            var secondary = Choice(call, series, item, "axis", "a series", false, ("primary", false), ("secondary", true));
            if (secondary && kind != ChartKind.Combo)
            {
                throw call.ErrorAt(series["axis"], "a secondary axis needs type: combo");
            }

            result.Add(new ReadSeries(new ChartSeries(name, numbers.Select(x => x.Item1).ToList(), mark, secondary) { Origin = call.OriginOf(item) }, numbers));
        }

        if (result.All(s => s.Series.Secondary))
        {
            throw call.ErrorAt(chart, "every series is on the secondary axis; put at least one on the primary axis");
        }

        return result;
    }

    /// <summary>
    /// The largest size a chart's value may have: a million million. Axis numbers beyond it no
    /// longer fit beside the plot, and a reader takes in such amounts better in millions or
    /// billions named in the axis title.
    /// </summary>
    private const double LargestValue = 1e12;

    /// <summary>A chart number; <paramref name="owner"/> names where it stands in messages ("series 'Cost'", "value_axis.min").</summary>
    private static double Number(TemplateCall call, object? value, string owner)
    {
        var number = value switch
        {
            long l => l,
            int i => i,
            double d when double.IsFinite(d) => d,
            _ => throw call.ErrorAt(value, $"{owner} has \"{call.Text(value)}\" where a number belongs"),
        };
        return Math.Abs(number) <= LargestValue
            ? number
            : throw call.ErrorAt(value, $"{owner} has {call.Text(value)}, larger than a chart can show (at most 1,000,000,000,000 either side of zero); give the values in millions or billions and say so in the axis title");
    }

    /// <summary>The axis <paramref name="value"/> describes; its min and max, when given, must hold every value of <paramref name="plotted"/>, the series drawn against it.</summary>
    private static ChartAxis? Axis(TemplateCall call, object? value, string name, IReadOnlyList<ReadSeries> plotted, ChartLayout layout)
    {
        if (value is null)
        {
            return null;
        }

        var fields = call.Map(value, $"{name}");
        Known(call, value, fields, AxisFields, name);
        var format = Choice(call, fields, value, "format", name, ValueFormat.Number, ("number", ValueFormat.Number), ("percent", ValueFormat.Percent), ("decimal1", ValueFormat.Decimal1));
        var min = fields.GetValueOrDefault("min") is { } lo ? Number(call, lo, $"{name}.min") : (double?)null;
        var max = fields.GetValueOrDefault("max") is { } hi ? Number(call, hi, $"{name}.max") : (double?)null;
        if (min is not null && max is not null && max <= min)
        {
            throw call.ErrorAt(fields["max"], $"{name}'s max must be above its min");
        }

        // A value beyond the axis would be drawn outside the plot, over the text around the chart.
        var lowest = plotted.SelectMany(s => s.Numbers.Select(n => (n.Value, What: $"the value {call.Text(n.Source)} of series '{s.Series.Name}'"))).DefaultIfEmpty().MinBy(p => p.Value);
        if (min is not null && lowest.What is not null && lowest.Value < min)
        {
            throw call.ErrorAt(fields["min"], $"{name}.min is {call.Text(fields["min"])}, above {lowest.What}; an axis must hold every value it shows: lower min, or leave it out");
        }

        var highest = Highest(call, plotted, layout);
        if (max is not null && highest.What is not null && highest.Value > max)
        {
            throw call.ErrorAt(fields["max"], $"{name}.max is {call.Text(fields["max"])}, below {highest.What}; an axis must hold every value it shows: raise max, or leave it out");
        }

        return new ChartAxis(fields.GetValueOrDefault("title") is { } title ? call.TextNode(title).Value : null, format, min, max);
    }

    /// <summary>The highest point drawn against an axis and what it is: a value, or for stacked bars a column's total; no What when nothing is drawn.</summary>
    private static (double Value, string? What) Highest(TemplateCall call, IReadOnlyList<ReadSeries> plotted, ChartLayout layout)
    {
        List<ReadSeries> stacked = layout == ChartLayout.Stacked ? [.. plotted.Where(s => s.Series.Mark == SeriesMark.Bar)] : [];
        var values = plotted.Except(stacked).SelectMany(s => s.Numbers.Select(n => (n.Value, What: (string?)$"the value {call.Text(n.Source)} of series '{s.Series.Name}'")));
        var totals = stacked.Count == 0 ? [] : Enumerable.Range(0, stacked[0].Numbers.Count)
            .Select(i => (Value: stacked.Sum(b => b.Numbers[i].Value), What: (string?)$"the stacked total {stacked.Sum(b => b.Numbers[i].Value).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        return values.Concat(totals).DefaultIfEmpty().MaxBy(p => p.Value);
    }

    private static string? CategoryTitle(TemplateCall call, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var fields = call.Map(value, "category_axis");
        Known(call, value, fields, ["title"], "category_axis");
        return fields.GetValueOrDefault("title") is { } title ? call.TextNode(title).Value : null;
    }

    private static bool Flag(TemplateCall call, IReadOnlyDictionary<string, object?> fields, string key) => fields.GetValueOrDefault(key) switch
    {
        null => false,
        bool b => b,
        var other => throw call.ErrorAt(other, $"{key} must be true or false, got \"{call.Text(other)}\""),
    };

    private static T Choice<T>(TemplateCall call, IReadOnlyDictionary<string, object?> fields, object? owner, string key, string what, T? fallback, params (string Name, T Value)[] choices)
        where T : struct
    {
        var names = string.Join(", ", choices.Select(c => c.Name));
        if (fields.GetValueOrDefault(key) is not { } value)
        {
            return fallback ?? throw call.ErrorAt(owner, $"{what} needs a {key}: one of {names}");
        }

        var text = call.Text(value).Trim();
        foreach (var (name, result) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return result;
            }
        }

        throw call.ErrorAt(value, $"unknown {key} \"{text}\" for {what}; expected one of {names}");
    }

    private static void Known(TemplateCall call, object? owner, IReadOnlyDictionary<string, object?> fields, string[] known, string what)
    {
        if (fields.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw call.ErrorAt(owner, $"{what} has no field '{unknown}'; it takes {string.Join(", ", known)}");
        }
    }
}
