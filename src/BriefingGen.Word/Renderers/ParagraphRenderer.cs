using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A paragraph in the style of its role (body → Normal, title → Title, …). In a list, the item's
/// first paragraph carries the bullet or number through Word numbering; later ones are indented
/// to line up with the text, in List Continue or, inside a block of the item (a quote), that block's style.
/// An anchored paragraph (an exhibit's caption) is wrapped in a bookmark, for links, PAGEREF fields
/// and the list of exhibits.
/// </summary>
internal sealed class ParagraphRenderer : WordBlockRenderer<Model.Paragraph>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Model.Paragraph block, WordRenderContext context, WordScope scope)
    {
        if (scope.ListDepth == 0)
        {
            var paragraph = context.Paragraph(StyleFor(context, block.Role), block.Content, scope);
            if (block.Anchor is { } anchor && context.Bookmarks.TryGetValue(anchor, out var name))
            {
                var id = context.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
                paragraph.ParagraphProperties!.InsertAfterSelf(new BookmarkStart { Id = id, Name = name });
                paragraph.Append(new BookmarkEnd { Id = id });
            }

            return [paragraph];
        }

        var level = scope.ListDepth - 1;
        var inList = scope with { ParagraphStyle = null };
        if (scope.FirstInItem && scope.NumberingId is { } numId)
        {
            var ordered = numId != context.Numbering.BulletId;
            var numbering = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
            return [context.Paragraph(ordered ? StyleIds.ListNumber : StyleIds.ListBullet, block.Content, inList, numbering: numbering)];
        }

        var indentation = new Indentation { Left = scope.ListIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return [context.Paragraph(scope.ParagraphStyle ?? StyleIds.ListContinue, block.Content, inList, indentation: indentation)];
    }

    /// <summary>The paragraph style of a role; a role the stylesheet does not know reads as body text.</summary>
    internal static string StyleFor(WordRenderContext context, string role) => WordRenderContext.StyleOf(context.StyleSheet.Paragraph(role).Role);
}
