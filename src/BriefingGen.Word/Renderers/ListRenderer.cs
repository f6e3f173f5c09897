using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Styling;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A list as Word numbering: bullets share one numbering instance; each ordered list gets its own,
/// so it restarts at its first number. Nesting raises the numbering level. Word numbers paragraphs,
/// so an item that does not open with one (a nested list, a quote, nothing at all) gets an empty
/// numbered paragraph for its marker; without it the marker would vanish and the items after it
/// would count one short. The PDF shows the same marker line. A list in a .docx starts from no more
/// than 32,767 (LibreOffice counts from 1 past that), so a list that counts further gives each
/// item its own number as literal text.
/// </summary>
internal sealed class ListRenderer : WordBlockRenderer<ListBlock>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(ListBlock block, WordRenderContext context, WordScope scope)
    {
        var level = scope.ListDepth;
        // A list counting past the largest start a .docx keeps gets an instance for each item instead.
        var literal = block.Ordered && (long)block.Start + block.Items.Count - 1 > WordStyles.NumberingBuilder.MaxStart;
        var numId = !block.Ordered ? context.Numbering.BulletId : literal ? 0 : context.Numbering.NewOrderedList(level, block.Start);
        // A style from around the list (a quote's, a callout's) is not its items' style.
        var inner = scope with
        {
            ParagraphStyle = null,
            ListDepth = level + 1,
            NumberingId = numId,
            ListIndent = Units.PtToTwips(context.StyleSheet.ListLevel(block.Ordered, level).TextIndent),
        };
        var written = new List<OpenXmlElement>();
        for (var k = 0; k < block.Items.Count; k++)
        {
            var item = block.Items[k];
            var numbered = literal ? inner with { NumberingId = context.Numbering.NewLiteralItem(level, block.Start + k) } : inner;
            var blocks = item.Blocks is [Model.Paragraph, ..] opened ? opened : [new Model.Paragraph([]), .. item.Blocks];
            for (var i = 0; i < blocks.Count; i++)
            {
                written.AddRange(context.RenderBlocks([blocks[i]], numbered with { FirstInItem = i == 0 }));
            }
        }

        // An outermost list ends a paragraph's distance from what follows, as the paragraph before
        // it did, not an item's distance; the PDF ends it the same way.
        if (level == 0 && written.LastOrDefault() is DocumentFormat.OpenXml.Wordprocessing.Paragraph last)
        {
            var bodyAfter = context.StyleSheet.Paragraph(StyleRoles.Body).SpaceAfter;
            var itemAfter = context.StyleSheet.Paragraph(block.Ordered ? StyleRoles.ListNumber : StyleRoles.ListBullet).SpaceAfter;
            if (bodyAfter > itemAfter)
            {
                var properties = last.ParagraphProperties ?? last.PrependChild(new DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties());
                properties.SpacingBetweenLines ??= new DocumentFormat.OpenXml.Wordprocessing.SpacingBetweenLines();
                properties.SpacingBetweenLines.After = Units.PtToTwips(bodyAfter).ToString(CultureInfo.InvariantCulture);
            }
        }

        // A short list is not split across pages, as in the PDF: each of its paragraphs but the
        // last keeps with the next.
        if (level == 0 && block.Items.Count <= ListKeptWhole)
        {
            foreach (var paragraph in written.SkipLast(1).SelectMany(e => e is DocumentFormat.OpenXml.Wordprocessing.Paragraph p ? [p] : e.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()))
            {
                var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties());
                properties.KeepNext ??= new DocumentFormat.OpenXml.Wordprocessing.KeepNext();
            }
        }

        return written;
    }

    /// <summary>The most items a list may have to be kept whole on one page.</summary>
    private const int ListKeptWhole = 3;
}
