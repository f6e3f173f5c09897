using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>A quotation: its paragraphs in the Quote style; in a list item, indented from the item's text by the style's own indent.</summary>
internal sealed class QuoteRenderer : WordBlockRenderer<Quote>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Quote block, WordRenderContext context, WordScope scope) =>
        context.RenderBlocks(block.Blocks, scope with
        {
            ParagraphStyle = StyleIds.Quote,
            ListIndent = scope.ListIndent + Units.PtToTwips(context.StyleSheet.Paragraph(Styling.StyleRoles.Quote).IndentLeft),
        });
}
