using BriefingGen.Pdf;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Components.RiskMatrix;

/// <summary>The grid and its legend as one figure of the tagged PDF, its alternate text listing every risk, its cell and band, and the legend.</summary>
internal sealed class RiskMatrixPdfRenderer : PdfBlockRenderer<RiskMatrix>
{
    /// <inheritdoc />
    protected override Element Write(RiskMatrix block, PdfRenderContext context, PdfScope scope)
    {
        var look = context.Sheet.Paragraph(RiskMatrixExtension.CellRole);
        var labels = PdfStyles.Text(look.Text) with { Bold = false, Color = context.Sheet.Colors.Muted };
        var scores = PdfStyles.Text(context.Sheet.Paragraph(RiskMatrixExtension.ScoreRole).Text);
        var element = new RiskMatrixElement(block, context.Sheet, context.Fonts, context.Layouter, labels, scores, context.ContentArea.Height)
        {
            SpaceAfter = context.Sheet.Paragraph(Styling.StyleRoles.Body).SpaceAfter,
        };
        return new TaggedElement(new StructureNode("Figure", block.Description), element);
    }
}
