using BriefingGen.Components.Charts;
using BriefingGen.Testing;

namespace BriefingGen.Components.Tests.Charts;

/// <summary>The <c>chart</c> function: data read into a chart node, and every mistake an error at the data value, with nothing written.</summary>
public sealed class ChartFunctionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Engine.BriefingResult Render(string chart, string language = "en-GB", params string[] formats) =>
        ChartRuns.Render(_folder.Write("data.yaml", ChartRuns.Data(chart, language)), formats);

    private Chart Read(string chart, string language = "en-GB")
    {
        var result = Render(chart, language);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Document!.Blocks.OfType<Chart>());
    }

    [Fact]
    public void A_chart_reads_its_kind_categories_series_and_axes()
    {
        var chart = Read("type: combo\nlayout: stacked\ncategories: [A, B]\nseries:\n  - {name: Calls, values: [1, 2]}\n  - {name: Growth, values: [0.5, 0.25], type: line, axis: secondary}\nvalue_axis: {title: Calls, min: 0, max: 10}\nsecondary_axis: {title: Growth, format: percent}\ncategory_axis: {title: Port}\ndata_labels: true\n");
        Assert.Equal((ChartKind.Combo, ChartLayout.Stacked, true), (chart.Kind, chart.Layout, chart.DataLabels));
        Assert.Equal(["A", "B"], chart.Categories);
        Assert.Equal([("Calls", SeriesMark.Bar, false), ("Growth", SeriesMark.Line, true)], chart.Series.Select(s => (s.Name, s.Mark, s.Secondary)));
        Assert.Equal([0.5, 0.25], chart.Series[1].Values);
        Assert.Equal(new ChartAxis("Calls", ValueFormat.Number, 0, 10), chart.ValueAxis);
        Assert.Equal(ValueFormat.Percent, chart.SecondaryAxis!.Format);
        Assert.Equal("Port", chart.CategoryTitle);
        Assert.Equal("exhibits[0].chart.series[1]", chart.Series[1].Origin!.Path);
    }

    /// <summary>Each mistake, at the line and column of the value that has it (the chart's first line is line 6, its values start at column 7).</summary>
    [Theory]
    [InlineData("type: pie\ncategories: [A]\nseries:\n  - {name: S, values: [1]}\n", 6, 13, "exhibits[0].chart.type", "unknown type \"pie\"")]
    [InlineData("type: column\ncategories: [A, B, C]\nseries:\n  - {name: S, values: [1, 2, 3]}\n  - {name: T, values: [1, 2]}\n", 10, 11, "exhibits[0].chart.series[1]", "series 'T' has 2 values for 3 categories")]
    [InlineData("type: column\ncategories: [A, B]\nseries:\n  - {name: S, values: [1, lots]}\n", 9, 33, "exhibits[0].chart.series[0].values[1]", "has \"lots\" where a number belongs")]
    [InlineData("type: column\ncategories: [A, Ports and harbours of the eight member municipalities]\nseries:\n  - {name: S, values: [1, 2]}\n", 7, 23, "exhibits[0].chart.categories[1]", "a category's name may have at most 40 characters, got 53")]
    [InlineData("type: column\ncategories: [A, B]\nseries:\n  - {name: S, values: [1, 1e308]}\n", 9, 33, "exhibits[0].chart.series[0].values[1]", "larger than a chart can show")]
    [InlineData("type: column\ncategories: [A, B]\nseries:\n  - {name: S, values: [-2000000000000, 1]}\n", 9, 30, "exhibits[0].chart.series[0].values[0]", "larger than a chart can show")]
    [InlineData("type: line\ncategories: [A, B]\nseries: []\n", 6, 7, "exhibits[0].chart", "a chart takes 1 to 6 series, got 0")]
    [InlineData("type: column\ncategories: [A]\nseries:\n  - {name: S, values: [1]}\nsecondary_axis: {title: Growth}\n", 10, 23, "exhibits[0].chart.secondary_axis", "a secondary axis needs type: combo")]
    [InlineData("type: line\ncategories: [A]\nseries:\n  - {name: S, values: [1], axis: secondary}\n", 9, 40, "exhibits[0].chart.series[0].axis", "a secondary axis needs type: combo")]
    [InlineData("type: column\ncategories: [A]\nseries:\n  - {name: S, values: [-1]}\nlayout: stacked\n", 9, 30, "exhibits[0].chart.series[0].values[0]", "stacked bars add up values of 0 or more")]
    [InlineData("type: column\ncategories: [A]\nseries:\n  - {name: S, values: [1]}\ncolour: red\n", 6, 7, "exhibits[0].chart", "a chart has no field 'colour'")]
    [InlineData("type: column\ncategories: [A]\nseries:\n  - {name: S, values: [1]}\nvalue_axis: {format: currency}\n", 10, 28, "exhibits[0].chart.value_axis.format", "unknown format \"currency\"")]
    [InlineData("type: column\ncategories: [A]\nseries:\n  - {name: S, values: [1]}\nvalue_axis: {min: low}\n", 10, 25, "exhibits[0].chart.value_axis.min", "value_axis.min has \"low\" where a number belongs")]
    [InlineData("type: column\ncategories: [\"  \", B]\nseries:\n  - {name: S, values: [1, 2]}\n", 7, 20, "exhibits[0].chart.categories[0]", "each category needs a name; got an empty one")]
    [InlineData("type: line\ncategories: [A, B]\nseries:\n  - {name: Calls, values: [6, 140]}\nvalue_axis: {min: 100}\n", 10, 25, "exhibits[0].chart.value_axis.min", "value_axis.min is 100, above the value 6 of series 'Calls'")]
    [InlineData("type: line\ncategories: [A, B]\nseries:\n  - {name: Calls, values: [6, 140]}\nvalue_axis: {max: 0.0000001}\n", 10, 25, "exhibits[0].chart.value_axis.max", "value_axis.max is 0.0000001, below the value 140 of series 'Calls'")]
    [InlineData("type: column\nlayout: stacked\ncategories: [A, B]\nseries:\n  - {name: S, values: [6, 7]}\n  - {name: T, values: [5, 5]}\nvalue_axis: {max: 11}\n", 12, 25, "exhibits[0].chart.value_axis.max", "value_axis.max is 11, below the stacked total 12")]
    public void A_mistake_is_an_error_at_the_data_value_and_nothing_is_written(string chart, int line, int column, string path, string message)
    {
        var result = Render(chart, "en-GB", "docx", "pdf");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Diagnostics.Severity.Error, error.Severity);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column, path), (error.Location.Line, error.Location.Column, error.DataPath));
        Assert.EndsWith("data.yaml", error.Location.File, StringComparison.Ordinal);
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public void Too_many_categories_is_an_error_at_the_chart()
    {
        var categories = string.Join(", ", Enumerable.Range(1, Chart.MaxCategories + 1).Select(i => "C" + i));
        var values = string.Join(", ", Enumerable.Range(1, Chart.MaxCategories + 1));
        var error = Assert.Single(Render($"type: column\ncategories: [{categories}]\nseries:\n  - {{name: S, values: [{values}]}}\n").Diagnostics);
        Assert.Equal(("exhibits[0].chart", 6), (error.DataPath, error.Location.Line));
        Assert.Contains($"1 to {Chart.MaxCategories} categories, got {Chart.MaxCategories + 1}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "1,234.5", "12%", "12.0%", "7.5%")]
    [InlineData("nb-NO", "1 234,5", "12 %", "12,0 %", "7,5 %")]
    public void Numbers_are_written_in_the_documents_culture(string language, string number, string tick, string label, string fraction)
    {
        var chart = Read("type: combo\ncategories: [A, B]\nseries:\n  - {name: S, values: [1234.5, 20]}\n  - {name: G, values: [0.12, 0.075], type: line, axis: secondary}\nsecondary_axis: {format: percent}\n", language);
        static string Plain(string s) => s.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Equal(number, Plain(chart.Format(chart.Series[0], 1234.5)));
        Assert.Equal(label, Plain(chart.Format(chart.Series[1], 0.12)));
        Assert.Equal(fraction, Plain(chart.Format(chart.Series[1], 0.075)));
        Assert.Equal(tick, Plain(chart.FormatTick(chart.SecondaryAxis!, 0.12, [0, 0.12])));
    }

    [Fact]
    public void The_description_names_the_kind_and_every_value()
    {
        var chart = Read(ChartRuns.Columns("category_axis: {title: Municipality}\ndescription: Tromsø leads\n"));
        Assert.Equal("Column chart. Tromsø leads. Municipality: Hammerfest: Calls 410, Growth 0.12; Tromsø: Calls 655, Growth 0.08; Bodø: Calls 390, Growth 0.05.", chart.Description);
    }
}
