using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>The table of contents: its heading, then one linked entry per heading with the page it falls on.</summary>
internal sealed class TableOfContentsRenderer : PdfBlockRenderer<TableOfContents>
{
    /// <inheritdoc />
    protected override Element Write(TableOfContents block, PdfRenderContext context, PdfScope scope)
    {
        var entries = new List<Element> { context.Paragraph(block.Title, context.Sheet.Paragraph(StyleRoles.TocHeading), PdfScope.Body, new StructureNode("P")) };
        foreach (var heading in ModelWalker.Headings(context.Document.Blocks).Where(h => h.Level <= block.MaxLevel))
        {
            var look = context.Sheet.Paragraph(StyleRoles.Toc(heading.Level));
            var style = context.TextStyle(look, PdfScope.Body);
            var text = (context.HeadingNumbers.TryGetValue(heading, out var number) ? number + "  " : "") + InlineText.Of(heading.Content);
            var title = new ParagraphElement([new TextSpan(text, style)], context.Layouter, style) { Indent = look.IndentLeft, LineSpacing = look.LineSpacing };
            entries.Add(new TaggedElement(new StructureNode("TOCI"), new TocEntryElement(title, text, heading.Id, context.Fonts, style) { SpaceAfter = look.SpaceAfter }));
        }

        return new TaggedElement(new StructureNode("TOC"), new ColumnElement(entries) { SpaceAfter = entries[^1].SpaceAfter });
    }
}
