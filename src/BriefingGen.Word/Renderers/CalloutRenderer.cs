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
        var look = context.StyleSheet.Callout(block.Kind);
        var width = context.ContentWidthTwips;
        // Every side is set, so the table style's rules do not show through.
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Nil },
            look.LeftRule is { } rule ? new LeftBorder { Val = BorderValues.Single, Size = (uint)Math.Round(rule.Width * 8), Space = 0, Color = rule.Color } : new LeftBorder { Val = BorderValues.Nil },
            new BottomBorder { Val = BorderValues.Nil },
            new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Nil },
            new InsideVerticalBorder { Val = BorderValues.Nil });
        var content = new List<OpenXmlElement>();
        if (block.Title is not null)
        {
            content.Add(context.Paragraph(StyleIds.CalloutTitle, block.Title, WordScope.Body));
        }

        content.AddRange(context.RenderBlocks(block.Blocks, scope with { ParagraphStyle = StyleIds.CalloutText, TextColor = look.TextColor == context.StyleSheet.Paragraph(Styling.StyleRoles.Body).Text.Color ? null : look.TextColor }));
        var margins = new TableCellMargin(
            new TopMargin { Width = Twips(look.Padding.Top), Type = TableWidthUnitValues.Dxa },
            new LeftMargin { Width = Twips(look.Padding.Left), Type = TableWidthUnitValues.Dxa },
            new BottomMargin { Width = Twips(look.Padding.Bottom), Type = TableWidthUnitValues.Dxa },
            new RightMargin { Width = Twips(look.Padding.Right), Type = TableWidthUnitValues.Dxa });
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            TableParts.Properties(StyleIds.Table, width, block.Title is null ? null : Model.InlineText.Of(block.Title), borders),
            TableParts.Grid([width]),
            new DocumentFormat.OpenXml.Wordprocessing.TableRow(
                new TableRowProperties(new CantSplit()),
                TableParts.Cell(width, content, look.Fill, StyleIds.CalloutText, afterShading: margins)));
        return [table, TableParts.Spacer(look.SpaceAfter)];
    }

    private static string Twips(double pt) => Units.PtToTwips(pt).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
