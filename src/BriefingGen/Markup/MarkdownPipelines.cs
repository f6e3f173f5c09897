using Markdig;

namespace BriefingGen.Markup;

/// <summary>
/// The two Markdig pipelines. Neither reads raw HTML, so markup can never become HTML, and neither
/// reads pipe tables: <see cref="PipeTables"/> does, in one linear pass, before Markdig sees the text.
/// </summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// For the pack's templates: footnotes, <c>:::</c> containers for callouts and paragraph roles,
    /// and generic attributes for heading ids.
    /// </summary>
    public static MarkdownPipeline Template { get; } = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UseCustomContainers()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    /// <summary>
    /// For fields that hold Markdown by design: the Markdown people write (emphasis, lists, links,
    /// footnotes), but none of the template's own syntax, so a field cannot make a callout, set a
    /// role or give itself an id.
    /// </summary>
    public static MarkdownPipeline Prose { get; } = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .DisableHtml()
        .Build();
}
