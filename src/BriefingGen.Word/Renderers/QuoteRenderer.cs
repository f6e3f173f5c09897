using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>A quotation: its paragraphs in the Quote style.</summary>
internal sealed class QuoteRenderer : WordBlockRenderer<Quote>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Quote block, WordRenderContext context, WordScope scope) =>
        context.RenderBlocks(block.Blocks, scope with { ParagraphStyle = StyleIds.Quote });
}
