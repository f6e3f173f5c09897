using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A real TOC field (<c>TOC \o "1-N" \h \z \n</c>: headings, as links, without page numbers) whose
/// current result is already filled in with linked entries. Because page numbers are left out,
/// the stored result is exactly what Word would compute, so nothing needs updating on open.
/// </summary>
internal sealed class TableOfContentsRenderer : WordBlockRenderer<TableOfContents>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(TableOfContents block, WordRenderContext context, WordScope scope)
    {
        yield return context.Paragraph(StyleIds.TocHeading, block.Title, WordScope.Body);

        var entries = ModelWalker.Headings(context.Document.Blocks).Where(h => h.Level <= block.MaxLevel).ToList();
        var numbers = context.HeadingNumbers;
        var instruction = $" TOC \\o \"1-{block.MaxLevel}\" \\h \\z \\n ";
        var begin = new OpenXmlElement[]
        {
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        };
        var end = new Run(new FieldChar { FieldCharType = FieldCharValues.End });
        if (entries.Count == 0)
        {
            yield return new Paragraph(begin.Append(end));
            yield break;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var heading = entries[i];
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Toc(heading.Level) }));
            if (i == 0)
            {
                paragraph.Append(begin);
            }

            var link = new Hyperlink { Anchor = context.Bookmarks[heading.Id], History = true };
            if (numbers.TryGetValue(heading, out var number))
            {
                link.Append(Runs.Create(number + " ", RunFormat.Plain));
            }

            link.Append(context.RenderInlines(heading.Content, RunFormat.Plain));
            paragraph.Append(link);
            if (i == entries.Count - 1)
            {
                paragraph.Append(end);
            }

            yield return paragraph;
        }
    }
}
