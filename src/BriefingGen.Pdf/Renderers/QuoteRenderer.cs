using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A quotation: its paragraphs in the quote look, whose rule runs down the side of them all.</summary>
internal sealed class QuoteRenderer : PdfBlockRenderer<Quote>
{
    /// <inheritdoc />
    protected override Element Write(Quote block, PdfRenderContext context, PdfScope scope)
    {
        var content = context.Blocks(block.Blocks, scope with { Role = StyleRoles.Quote });
        return new TaggedElement(new StructureNode("BlockQuote"), new ColumnElement(content) { SpaceAfter = content.Count > 0 ? content[^1].SpaceAfter : 0 });
    }
}
