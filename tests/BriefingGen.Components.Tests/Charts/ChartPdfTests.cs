using BriefingGen.Conformance;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Components.Tests.Charts;

/// <summary>The PDF chart: its words are text poppler reads in order, and the file passes qpdf and the PDF/UA and PDF/A checker.</summary>
public sealed class ChartPdfTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly Lazy<byte[]> Example = new(() =>
    {
        var result = ChartRuns.Render(ChartRuns.Example, "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Outputs.Single().Bytes.ToArray();
    });

    public void Dispose() => _folder.Dispose();

    private string Save(string name, byte[] pdf)
    {
        var path = _folder.Write(name, "");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    private string Text(byte[] pdf) => PdfTools.Text(Save("chart.pdf", pdf)).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static void InOrder(string text, params string[] words)
    {
        var at = -1;
        foreach (var word in words)
        {
            var next = text.IndexOf(word, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{word}' does not follow in:\n{text}");
            at = next;
        }
    }

    [Fact]
    public void The_column_charts_labels_and_values_read_in_order()
    {
        var text = Text(Example.Value);
        InOrder(text, "Port calls by municipality", "800", "600", "400", "200", "0", "Hammerfest", "Tromsø", "Bodø", "Kirkenes", "Longyearbyen", "Municipality", "Port calls 2023", "Port calls 2024");
        foreach (var value in new[] { "380", "410", "612", "655", "401", "390", "198", "221", "240", "268" })
        {
            Assert.Contains(value, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_bar_charts_categories_read_top_down_with_the_axis_and_legend_after()
    {
        var text = Text(Example.Value);
        InOrder(text, "Readiness by area", "Oil-spill response equipment", "Search and rescue agreements", "Pilotage capacity", "Emergency towing", "Reception facilities for waste", "Share of municipalities", "Ready", "Partly ready", "Not ready");
    }

    [Fact]
    public void The_combo_charts_values_and_its_data_table_are_text()
    {
        var text = Text(Example.Value);
        InOrder(text, "Port calls and growth", "Hammerfest", "Kirkenes", "Port calls 2024", "Growth", "Hammerfest", "410", "7.9%", "Tromsø", "655", "7.0%", "Bodø", "390", "-2.7%", "Kirkenes", "221", "11.6%");
    }

    [Fact]
    public void The_file_passes_qpdf_and_the_pdf_ua_and_pdf_a_checker()
    {
        var path = Save("example.pdf", Example.Value);
        Assert.Equal(0, PdfTools.Run("qpdf", "--check", path).Exit);
        Assert.Empty(PdfConformanceChecker.Check(Example.Value).Select(f => f.ToString()));
    }

    [Fact]
    public void Norwegian_numbers_are_written_as_Norwegian_writes_them()
    {
        var data = _folder.Write("nb.yaml", ChartRuns.Data("type: combo\ncategories: [Tromsø, Bodø]\nseries:\n  - {name: Anløp, values: [1234.5, 2000]}\n  - {name: Vekst, values: [0.12, 0.05], type: line, axis: secondary}\nsecondary_axis: {format: percent}\ndata_labels: true\n", "nb-NO"));
        var result = ChartRuns.Render(data, "pdf");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = Text(result.Outputs.Single().Bytes.ToArray());
        Assert.Contains("1 234,5", text, StringComparison.Ordinal);
        Assert.Contains("2 000", text, StringComparison.Ordinal);
        Assert.Contains("12 %", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1,234.5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes() =>
        Assert.Equal(Example.Value, ChartRuns.Render(ChartRuns.Example, "pdf").Outputs.Single().Bytes.ToArray());
}
