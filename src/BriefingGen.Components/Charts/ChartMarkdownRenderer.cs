using BriefingGen.Compose;
using BriefingGen.Model;
using BriefingGen.Rendering.Markdown;

namespace BriefingGen.Components.Charts;

/// <summary>The chart as Markdown: its values as a pipe table, categories down the side and a column per series, numbers set right.</summary>
internal sealed class ChartMarkdownRenderer : IMarkdownBlockRenderer
{
    /// <inheritdoc />
    public Type BlockType => typeof(Chart);

    /// <inheritdoc />
    public void Write(Block block, MarkdownWriter writer)
    {
        var chart = (Chart)block;
        writer.BeginBlock($"| {MarkdownEscaper.Escape(chart.CategoryTitle ?? "")} | {string.Join(" | ", chart.Series.Select(s => MarkdownEscaper.Escape(s.Name)))} |\n");
        writer.Raw("|---|" + string.Concat(Enumerable.Repeat("---:|", chart.Series.Count)) + "\n");
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var row = i;
            writer.Raw($"| {MarkdownEscaper.Escape(chart.Categories[i])} | {string.Join(" | ", chart.Series.Select(s => MarkdownEscaper.Escape(chart.Format(s, s.Values[row]))))} |\n");
        }
    }
}
