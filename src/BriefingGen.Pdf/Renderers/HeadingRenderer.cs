using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A heading in its level's look, its number hanging in the indent Word's heading numbering uses,
/// a destination for links and an outline entry; kept whole and with what follows it.
/// </summary>
internal sealed class HeadingRenderer : PdfBlockRenderer<Heading>
{
    /// <inheritdoc />
    protected override Element Write(Heading block, PdfRenderContext context, PdfScope scope)
    {
        var look = context.Sheet.Heading(block.Level);
        var style = context.TextStyle(look, PdfScope.Body);
        var title = InlineText.Of(block.Content);
        var number = context.HeadingNumbers.TryGetValue(block, out var n) ? n : null;
        var text = new ParagraphElement(context.Spans(block.Content, style), context.Layouter, style)
        {
            LineSpacing = look.LineSpacing,
            Alignment = PdfRenderContext.Alignment(look.Alignment),
            Destination = block.Id,
            OutlineEntry = (block.Level, number is null ? title : $"{number} {title}"),
        };
        Element element = number is null
            ? text
            : new ListItemElement(new ParagraphElement([new TextSpan(number + " ", style)], context.Layouter, style) { LineSpacing = look.LineSpacing }, text, context.Sheet.HeadingNumberIndent);
        if (look.BottomRule is { } rule)
        {
            element = new BoxElement(element) { Padding = (0, 0, 0, rule.Space + rule.Width), BottomRule = (rule.Width, rule.Color) };
        }

        element = new ColumnElement([element]) { SpaceBefore = look.SpaceBefore, SpaceAfter = look.SpaceAfter };
        return context.Govern(element, look, new StructureNode("H" + Math.Clamp(block.Level, 1, 6)));
    }
}
