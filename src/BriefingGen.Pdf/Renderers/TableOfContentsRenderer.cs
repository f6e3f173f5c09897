using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>The table of contents (or list of exhibits): its heading, then one linked entry per heading (or caption) with the page it falls on.</summary>
internal sealed class TableOfContentsRenderer : PdfBlockRenderer<TableOfContents>
{
    /// <inheritdoc />
    protected override Element Write(TableOfContents block, PdfRenderContext context, PdfScope scope)
    {
        var listed = Entries(block, context).ToList();
        if (block.CaptionRole is not null && listed.Count == 0)
        {
            // A list of exhibits in a paper that has none is left out, title and all.
            return new ColumnElement([]);
        }

        var entries = new List<Element> { context.Paragraph(block.Title, context.Sheet.Paragraph(StyleRoles.TocHeading), PdfScope.Body, new StructureNode("P")) };
        foreach (var (id, level, text) in listed)
        {
            var look = context.Sheet.Paragraph(StyleRoles.Toc(level));
            var style = context.TextStyle(look, PdfScope.Body);
            var title = new ParagraphElement([new TextSpan(text, style)], context.Layouter, style) { Indent = look.IndentLeft, LineSpacing = look.LineSpacing };
            entries.Add(new TaggedElement(new StructureNode("TOCI"), new TocEntryElement(title, text, id, context.Fonts, style) { SpaceAfter = look.SpaceAfter }));
        }

        // The list keeps its heading's space above, as Word does: a list of exhibits right after
        // the contents stands apart from the contents' last entry.
        return new TaggedElement(new StructureNode("TOC"), new ColumnElement(entries) { SpaceBefore = entries[0].SpaceBefore, SpaceAfter = entries[^1].SpaceAfter });
    }

    /// <summary>The headings to the list's depth, numbered; or the anchored captions of its role (a list of exhibits).</summary>
    private static IEnumerable<(string Id, int Level, string Text)> Entries(TableOfContents block, PdfRenderContext context) =>
        block.CaptionRole is { } role
            ? ModelWalker.Anchored(context.Document.Blocks, role).Select(p => (p.Anchor!, 1, InlineText.Of(p.Content)))
            : ModelWalker.Headings(context.Document.Blocks).Where(h => h.Level <= block.MaxLevel)
                .Select(h => (h.Id, h.Level, (context.HeadingNumbers.TryGetValue(h, out var number) ? number + "  " : "") + InlineText.Of(h.Content)));
}
