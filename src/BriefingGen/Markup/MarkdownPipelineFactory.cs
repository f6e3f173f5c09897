using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace BriefingGen.Markup;

/// <summary>
/// The one Markdig pipeline the product uses: pipe tables (column widths from the separator row),
/// footnotes, custom containers (callouts and paragraph roles), generic attributes (ids and
/// shades), automatic heading ids, and no raw HTML, so markup in data can never become HTML.
/// </summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>The shared, thread-safe pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables(new Markdig.Extensions.Tables.PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .UseFootnotes()
        .UseCustomContainers()
        .UseGenericAttributes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();
}
