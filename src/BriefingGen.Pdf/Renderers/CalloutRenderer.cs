using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A callout: its kind's panel (fill, rule down the left, padding), a title, and its content in the callout-text look.</summary>
internal sealed class CalloutRenderer : PdfBlockRenderer<Callout>
{
    /// <inheritdoc />
    protected override Element Write(Callout block, PdfRenderContext context, PdfScope scope)
    {
        var box = context.Sheet.Callout(block.Kind);
        var children = new List<Element>();
        if (block.Title is not null)
        {
            children.Add(context.Paragraph(block.Title, context.Sheet.Paragraph(StyleRoles.CalloutTitle), PdfScope.Body, new StructureNode("P")));
        }

        children.AddRange(context.Blocks(block.Blocks, scope with { Role = StyleRoles.CalloutText, TextColor = box.TextColor }));
        return new TaggedElement(new StructureNode("Div"), new BoxElement(new ColumnElement(children))
        {
            Padding = (box.Padding.Left, box.Padding.Top, box.Padding.Right, box.Padding.Bottom),
            Fill = box.Fill,
            LeftRule = box.LeftRule is { } rule ? (rule.Width, rule.Color) : null,
            SpaceAfter = box.SpaceAfter,
        });
    }
}
