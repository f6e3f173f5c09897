using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word.Renderers;

/// <summary>A heading in Heading 1–6, wrapped in a bookmark so links and the table of contents can reach it.</summary>
internal sealed class HeadingRenderer : WordBlockRenderer<Heading>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Heading block, WordRenderContext context, WordScope scope)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Heading(block.Level) }));
        if (context.Bookmarks.TryGetValue(block.Id, out var name))
        {
            var id = context.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Id = id, Name = name });
            paragraph.Append(context.RenderInlines(block.Content, RunFormat.Plain));
            paragraph.Append(new BookmarkEnd { Id = id });
        }
        else
        {
            paragraph.Append(context.RenderInlines(block.Content, RunFormat.Plain));
        }

        return [paragraph];
    }
}
