using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A callout as a one-cell table: a tinted panel with an accent rule down its left edge. A table is
/// what Word itself uses for such panels; it keeps its shading and border when the user edits.
/// </summary>
internal sealed class CalloutRenderer : WordBlockRenderer<Callout>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Callout block, WordRenderContext context, WordScope scope)
    {
        var look = context.Theme.CalloutFor(block.Kind);
        var width = context.ContentWidthTwips;
        // Every side is set, so the table style's rules do not show through.
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Nil },
            new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 0, Color = look.Border ?? context.Theme.Colors.Accent },
            new BottomBorder { Val = BorderValues.Nil },
            new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Nil },
            new InsideVerticalBorder { Val = BorderValues.Nil });
        var content = new List<OpenXmlElement>();
        if (block.Title is not null)
        {
            content.Add(context.Paragraph(StyleIds.CalloutTitle, [new Model.Text(block.Title)], WordScope.Body));
        }

        content.AddRange(context.RenderBlocks(block.Blocks, scope with { ParagraphStyle = StyleIds.CalloutText, TextColor = look.Text == context.Theme.Colors.Text ? null : look.Text }));
        var margins = new TableCellMargin(
            new TopMargin { Width = "113", Type = TableWidthUnitValues.Dxa },
            new LeftMargin { Width = "198", Type = TableWidthUnitValues.Dxa },
            new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
            new RightMargin { Width = "198", Type = TableWidthUnitValues.Dxa });
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            TableParts.Properties(StyleIds.Table, width, block.Title, borders),
            TableParts.Grid([width]),
            new DocumentFormat.OpenXml.Wordprocessing.TableRow(
                new TableRowProperties(new CantSplit()),
                TableParts.Cell(width, content, look.Fill, StyleIds.CalloutText, afterShading: margins)));
        return [table, TableParts.Spacer()];
    }
}
