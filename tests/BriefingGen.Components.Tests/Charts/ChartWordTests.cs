using System.Globalization;
using BriefingGen.Components.Charts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefingGen.Components.Tests.Charts;

/// <summary>The Word chart: a native chart part whose cached values are the data's, with its workbook, valid and the same bytes every time.</summary>
public sealed class ChartWordTests
{
    private static readonly Lazy<(Engine.BriefingResult Result, byte[] Docx)> Example = new(() =>
    {
        var result = ChartRuns.Render(ChartRuns.Example, "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, result.Outputs.Single().Bytes.ToArray());
    });

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Example.Value.Docx), false);

    /// <summary>The chart parts in the order their drawings stand in the body.</summary>
    private static List<ChartPart> Charts(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart!;
        return main.Document!.Body!.Descendants<C.ChartReference>().Select(r => (ChartPart)main.GetPartById(r.Id!.Value!)).ToList();
    }

    [Fact]
    public void The_cached_values_read_back_from_each_chart_part_equal_the_data()
    {
        using var word = Open();
        var charts = Example.Value.Result.Document!.Blocks.OfType<Chart>().ToList();
        var parts = Charts(word);
        Assert.Equal(4, parts.Count);
        foreach (var (chart, part) in charts.Zip(parts))
        {
            var series = part.ChartSpace!.Descendants<C.Index>().Count(i => i.Parent is C.BarChartSeries or C.LineChartSeries);
            Assert.Equal(chart.Series.Count, series);
            var read = part.ChartSpace.Descendants().Where(e => e is C.BarChartSeries or C.LineChartSeries).Select(s => (
                Name: s.GetFirstChild<C.SeriesText>()!.Descendants<C.NumericValue>().Single().Text,
                Categories: s.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.NumericValue!.Text).ToList(),
                Values: s.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => double.Parse(p.NumericValue!.Text, CultureInfo.InvariantCulture)).ToList()))
                .OrderBy(s => chart.Series.ToList().FindIndex(x => x.Name == s.Name)).ToList();
            Assert.Equal(chart.Series.Select(s => s.Name), read.Select(s => s.Name));
            Assert.All(read, s => Assert.Equal(chart.Categories, s.Categories));
            Assert.Equal(chart.Series.Select(s => s.Values), read.Select(s => (IReadOnlyList<double>)s.Values));
        }
    }

    [Fact]
    public void The_first_charts_values_are_the_example_files()
    {
        using var word = Open();
        var first = Charts(word)[0].ChartSpace!;
        Assert.Equal(["Hammerfest", "Tromsø", "Bodø", "Kirkenes", "Longyearbyen"], first.Descendants<C.CategoryAxisData>().First().Descendants<C.StringPoint>().Select(p => p.InnerText));
        Assert.Equal(["410", "655", "390", "221", "268"], first.Descendants<C.Values>().ElementAt(1).Descendants<C.NumericPoint>().Select(p => p.InnerText));
        Assert.Equal("col", first.Descendants<C.BarDirection>().Single().Val!.InnerText);
        var combo = Charts(word)[3].ChartSpace!;
        Assert.Single(combo.Descendants<C.BarChart>());
        Assert.Single(combo.Descendants<C.LineChart>());
        Assert.Equal(2, combo.Descendants<C.ValueAxis>().Count());
    }

    [Fact]
    public void The_document_passes_the_validator() =>
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(Open()).Select(e => $"{e.Path?.XPath}: {e.Description}"));

    [Fact]
    public void Each_chart_embeds_a_workbook_holding_its_values()
    {
        using var word = Open();
        var part = Charts(word)[0];
        var embedded = Assert.Single(part.GetPartsOfType<EmbeddedPackagePart>());
        Assert.Equal(embedded.Uri.ToString(), part.GetPartById(part.ChartSpace!.GetFirstChild<C.ExternalData>()!.Id!.Value!).Uri.ToString());
        using var stream = embedded.GetStream();
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
        Assert.Equal(("Hammerfest", "Port calls 2023", "380", "268"), (cells["A2"], cells["B1"], cells["B2"], cells["C6"]));
    }

    [Fact]
    public void The_drawing_describes_the_chart_for_screen_readers()
    {
        using var word = Open();
        var description = word.MainDocumentPart!.Document!.Body!.Descendants<Dw.DocProperties>().First().Description!.Value!;
        Assert.StartsWith("Column chart. Municipality: Hammerfest: Port calls 2023 380, Port calls 2024 410;", description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        var again = ChartRuns.Render(ChartRuns.Example, "docx").Outputs.Single().Bytes.ToArray();
        Assert.Equal(Example.Value.Docx, again);
    }
}
