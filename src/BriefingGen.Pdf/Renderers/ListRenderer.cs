using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A list: each item's marker (from the stylesheet's list level) hanging where Word puts it, its
/// first paragraph in the List Bullet or List Number look and later ones in List Continue. Nested
/// lists sit inside their item, one level further in. An item that does not open with a paragraph
/// (a nested list, a quote, nothing at all) shows its marker on a line of its own, as Word must,
/// since Word numbers paragraphs: so both formats show every marker once and count alike.
/// </summary>
internal sealed class ListRenderer : PdfBlockRenderer<ListBlock>
{
    /// <summary>The most items a list may have to be kept whole on one page.</summary>
    public const int ListKeptWhole = 3;

    /// <inheritdoc />
    protected override Element Write(ListBlock block, PdfRenderContext context, PdfScope scope)
    {
        var level = context.Sheet.ListLevel(block.Ordered, scope.ListDepth);
        var outer = scope.ListDepth == 0 ? 0 : context.Sheet.ListLevel(block.Ordered, scope.ListDepth - 1).TextIndent;
        var indent = Math.Max(level.Hanging, level.TextIndent - outer);
        var markerOffset = indent - level.Hanging;
        var inner = scope with { ListDepth = scope.ListDepth + 1, Role = null };
        var firstLook = context.Sheet.Paragraph(block.Ordered ? StyleRoles.ListNumber : StyleRoles.ListBullet);
        var markerStyle = context.TextStyle(firstLook, scope);
        var markers = block.Items.Select((_, i) => new ParagraphElement([new TextSpan(level.Marker(block.Start + i), markerStyle)], context.Layouter, markerStyle) { LineSpacing = firstLook.LineSpacing }).ToList();

        // A number wider than the hanging room ("1000.", "2026.") widens the whole list's hanging,
        // keeping a quarter of an em before the text, instead of breaking the number over two lines.
        var widest = markers.Count == 0 ? 0 : markers.Max(m => m.NaturalWidth());
        indent = Math.Max(indent, markerOffset + widest + (markerStyle.Size / 4));
        var items = new List<Element>();
        for (var i = 0; i < block.Items.Count; i++)
        {
            var marker = markers[i];
            var content = new List<Element>();
            var blocks = block.Items[i].Blocks is [Paragraph, ..] opened ? opened : [new Paragraph([]), .. block.Items[i].Blocks];
            for (var b = 0; b < blocks.Count; b++)
            {
                content.Add(blocks[b] switch
                {
                    Paragraph p => context.Paragraph(p.Content, b == 0 ? firstLook : context.Sheet.Paragraph(StyleRoles.ListContinue) with { IndentLeft = 0 }, inner with { TextColor = scope.TextColor }, new StructureNode("P")),
                    var other => context.Block(other, inner with { TextColor = scope.TextColor }),
                });
            }

            // An item keeps the space after its last paragraph, as the paragraph does in Word.
            var after = content.Count > 0 ? content[^1].SpaceAfter : 0;
            var body = new TaggedElement(new StructureNode("LBody"), new ColumnElement(content));
            var item = new ListItemElement(new TaggedElement(new StructureNode("Lbl"), marker), body, indent, markerOffset) { SpaceAfter = after };
            items.Add(new TaggedElement(new StructureNode("LI"), item));
        }

        // A list within an item ends as its item does; an outermost list ends a paragraph's distance
        // from what follows, as the paragraph before it did, not an item's distance.
        var itemSpace = items.Count > 0 ? items[^1].SpaceAfter : 0;
        var spaceAfter = scope.ListDepth == 0 ? Math.Max(itemSpace, context.Sheet.Paragraph(StyleRoles.Body).SpaceAfter) : itemSpace;
        Element column = new ColumnElement(items) { SpaceAfter = spaceAfter };

        // A short list is not split: one item left at a page's foot, or carried alone to the
        // next, reads as a stray line (Word keeps it so too).
        if (block.Items.Count <= ListKeptWhole)
        {
            column = new KeepTogetherElement(column, context.KeepLimit);
        }

        return new TaggedElement(new StructureNode("L"), column);
    }
}
