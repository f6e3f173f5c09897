using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace BriefingGen.Markup;

/// <summary>
/// Takes headings out of a pipeline: <c># text</c> and text underlined with <c>===</c> or
/// <c>---</c> stay text. A field's Markdown must not make headings, which number the paper's
/// sections and fill its contents and bookmarks: those belong to the template.
/// </summary>
internal sealed class NoHeadings : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.RemoveAll(p => p is HeadingBlockParser);
        if (pipeline.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.ParseSetextHeadings = false;
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
