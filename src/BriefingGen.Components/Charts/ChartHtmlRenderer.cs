using BriefingGen.Html;

namespace BriefingGen.Components.Charts;

/// <summary>
/// The chart on a web page or in an e-mail as its data: a table labelled with the kind of chart,
/// categories as row headers, a column per series, numbers set right as the chart writes them.
/// </summary>
internal sealed class ChartHtmlRenderer : HtmlBlockRenderer<Chart>
{
    /// <inheritdoc />
    protected override void Write(Chart block, HtmlRenderContext context, HtmlScope scope) =>
        context.Blocks([ChartTable.Build(block)], scope);
}
