using Markdig;

namespace BriefingGen.Markup;

/// <summary>
/// The two Markdig pipelines. Neither reads raw HTML, so markup can never become HTML, and neither
/// reads pipe tables: <see cref="PipeTables"/> does, in one linear pass, before Markdig sees the text.
/// Both read footnote marks with <see cref="FootnoteMarkParser"/>, so no link can swallow one, and
/// both keep inlines' lines and columns, so a message about a mark can say where it is.
/// </summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// For the pack's templates: footnotes, <c>:::</c> containers for callouts and paragraph roles,
    /// and generic attributes for heading ids.
    /// </summary>
    public static MarkdownPipeline Template { get; } = FootnoteMarkParser.AddTo(new MarkdownPipelineBuilder()
        .UseFootnotes())
        .UseCustomContainers()
        .UseGenericAttributes()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    /// <summary>
    /// For fields that hold Markdown by design: the Markdown people write (emphasis, lists, links,
    /// footnotes), but none of the template's own syntax, so a field cannot make a callout, set a
    /// role, give itself an id or add a heading to the paper's structure.
    /// </summary>
    public static MarkdownPipeline Prose { get; } = FootnoteMarkParser.AddTo(new MarkdownPipelineBuilder()
        .UseFootnotes())
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Use<NoHeadings>()
        .Build();
}
