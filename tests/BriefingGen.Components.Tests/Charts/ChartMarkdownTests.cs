namespace BriefingGen.Components.Tests.Charts;

/// <summary>The chart in Markdown: its values as a table, written as the chart writes them.</summary>
public sealed class ChartMarkdownTests
{
    [Fact]
    public void The_values_become_a_table_with_the_numbers_set_right()
    {
        var result = ChartRuns.Render(ChartRuns.Example, "md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var markdown = System.Text.Encoding.UTF8.GetString(result.Outputs.Single().Bytes.Span);
        Assert.Contains("| Municipality | Port calls 2023 | Port calls 2024 |\n|---|---:|---:|\n| Hammerfest | 380 | 410 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Emergency towing | 20% | 30% | 50% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Bodø | 390 | \\-2.7% |", markdown, StringComparison.Ordinal);
    }
}
