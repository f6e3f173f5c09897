using BriefingGen.Extensions;

namespace BriefingGen.Components.Charts;

/// <summary>
/// The charts component: the <c>chart</c> function, the chart node, and its renderers — a native
/// chart in Word, vector paths tagged as a figure in the PDF, its values as a table in HTML and
/// Markdown, and in words in plain text.
/// </summary>
public sealed class ChartsExtension : IBriefingExtension
{
    /// <inheritdoc />
    public string Name => "charts";

    /// <inheritdoc />
    public void Register(ExtensionBuilder builder)
    {
        foreach (var function in ChartFunctions.All())
        {
            builder.AddFunction(function);
        }

        builder.AddRenderer(new ChartWordRenderer());
        builder.AddRenderer(new ChartPdfRenderer());
        builder.AddRenderer(new ChartMarkdownRenderer());
        builder.AddRenderer(new ChartHtmlRenderer());
        builder.AddRenderer(new ChartTextRenderer());
    }
}
