using BriefingGen.Pdf;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Renderers;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Components.Charts;

/// <summary>
/// The chart as one figure of the tagged PDF, drawn in vector paths with its words as real text;
/// its alternate text names the kind of chart and every value. With <c>data_table</c> the values
/// follow as an ordinary table.
/// </summary>
internal sealed class ChartPdfRenderer : PdfBlockRenderer<Chart>
{
    /// <inheritdoc />
    protected override Element Write(Chart block, PdfRenderContext context, PdfScope scope)
    {
        var text = PdfStyles.Text(context.Sheet.Paragraph(Styling.StyleRoles.TableText).Text);
        var spaceAfter = context.Sheet.Paragraph(Styling.StyleRoles.Body).SpaceAfter;
        var chart = new ChartElement(block, context.Sheet, context.Fonts, context.Layouter, text with { Color = context.Sheet.Colors.Text })
        {
            SpaceBefore = spaceAfter / 2,
            SpaceAfter = spaceAfter,
        };
        var figure = new TaggedElement(new StructureNode("Figure", block.Description), chart);
        return block.DataTable ? new ColumnElement([figure, context.Block(ChartTable.Build(block), scope)]) : figure;
    }
}
