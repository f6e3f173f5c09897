using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A picture at its natural size (shrunk to fit), tagged as a figure with its alternate text, and its caption.</summary>
internal sealed class FigureRenderer : PdfBlockRenderer<Figure>
{
    /// <inheritdoc />
    protected override Element Write(Figure block, PdfRenderContext context, PdfScope scope)
    {
        var look = context.Sheet.Paragraph(StyleRoles.Figure);
        Element image = new TaggedElement(
            new StructureNode("Figure", block.AltText),
            new ImageElement(block.Image, context.ContentArea.Height * 0.8) { Height = block.Height, Alignment = block.Alignment, SpaceBefore = look.SpaceBefore, SpaceAfter = look.SpaceAfter });
        if (block.Caption is null)
        {
            return image;
        }

        var caption = context.Paragraph(block.Caption, context.Sheet.Paragraph(StyleRoles.Caption), scope with { Alignment = TextAlignment.Center }, new StructureNode("Caption"));
        return new ColumnElement([look.KeepWithNext ? new KeepWithNextElement(image) : image, caption]) { SpaceAfter = caption.SpaceAfter };
    }
}
