using BriefingGen.Model;
using BriefingGen.Word.WordStyles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A real TOC field whose current result is already filled in, as Word itself would fill it: one
/// linked entry per heading, and — when the engine laid the pages out — a dot leader to a
/// PAGEREF field holding the page the heading falls on. The file is thus complete when opened;
/// Word's "Update field" recomputes the same numbers when the reader has the paper's fonts. With no
/// page layout to go by, the field asks for no page numbers (<c>\n</c>), so its result is still exact.
/// A list of exhibits is the same field built from the captions' style (<c>\t</c>), as Word's own
/// "Insert Table of Figures" from a style makes it.
/// </summary>
internal sealed class TableOfContentsRenderer : WordBlockRenderer<TableOfContents>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(TableOfContents block, WordRenderContext context, WordScope scope)
    {
        var entries = Entries(block, context).ToList();
        if (block.CaptionRole is not null && entries.Count == 0)
        {
            // A list of exhibits in a paper that has none is left out, title and all.
            yield break;
        }

        yield return context.Paragraph(StyleIds.TocHeading, block.Title, WordScope.Body);

        var pages = context.Pages;
        var source = block.CaptionRole is { } role ? $"\\t \"{StyleMap.For(role).Name},1\"" : $"\\o \"1-{block.MaxLevel}\"";
        var instruction = $" TOC {source} \\h \\z{(pages is null ? " \\n" : "")} ";
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
            var entry = entries[i];
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Toc(entry.Level) });
            var page = pages?.LabelOf(entry.Id);
            if (page is not null)
            {
                properties.Append(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = context.ContentWidthTwips }));
            }

            var paragraph = new Paragraph(properties);
            if (i == 0)
            {
                paragraph.Append(begin);
            }

            var bookmark = context.Bookmarks[entry.Id];
            var link = new Hyperlink { Anchor = bookmark, History = true };
            if (entry.Number is { } number)
            {
                link.Append(Runs.Create(number + " ", RunFormat.Plain));
            }

            link.Append(context.RenderInlines(entry.Content, RunFormat.Plain));
            if (page is not null)
            {
                link.Append(new Run(new TabChar()));
                link.Append(PageReference(bookmark, page));
            }

            paragraph.Append(link);
            if (i == entries.Count - 1)
            {
                paragraph.Append(end);
            }

            yield return paragraph;
        }
    }

    /// <summary>The headings to the list's depth, with their numbers; or the anchored captions of its role.</summary>
    private static IEnumerable<(string Id, int Level, string? Number, IReadOnlyList<Inline> Content)> Entries(TableOfContents block, WordRenderContext context) =>
        block.CaptionRole is { } role
            ? ModelWalker.Anchored(context.Document.Blocks, role).Select(p => (p.Anchor!, 1, (string?)null, p.Content))
            : ModelWalker.Headings(context.Document.Blocks).Where(h => h.Level <= block.MaxLevel)
                .Select(h => (h.Id, h.Level, context.HeadingNumbers.TryGetValue(h, out var n) ? n : null, h.Content));

    /// <summary>A PAGEREF field to <paramref name="bookmark"/> whose stored result is <paramref name="page"/>.</summary>
    private static IEnumerable<OpenXmlElement> PageReference(string bookmark, string page) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        Runs.Create(page, RunFormat.Plain),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
