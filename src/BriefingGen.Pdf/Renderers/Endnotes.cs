using System.Globalization;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>The notes collected from note marks, as a numbered list after a short rule at the end of the paper, each linked from its mark.</summary>
internal static class Endnotes
{
    /// <summary>The notes' element, or null when there are none.</summary>
    public static Element? Build(PdfRenderContext context)
    {
        if (context.Notes.Count == 0)
        {
            return null;
        }

        var look = context.Sheet.Paragraph(StyleRoles.Note);
        var style = context.TextStyle(look, PdfScope.Body);
        var items = new List<Element> { new KeepWithNextElement(new RuleElement(144, 0.5, context.Sheet.Colors.Muted) { SpaceAfter = 6 }) };

        // Notes may cite notes; the list grows as it is built, and each is laid out once.
        for (var i = 0; i < context.Notes.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var marker = new TaggedElement(new StructureNode("Lbl"), new ParagraphElement([new TextSpan(number + ".", style)], context.Layouter, style) { Destination = $"note-{number}" });
            var content = new TaggedElement(new StructureNode("LBody"), new ColumnElement(context.Blocks(context.Notes[i], new PdfScope { Role = StyleRoles.Note, SpaceAfter = 2 })));
            items.Add(new TaggedElement(new StructureNode("LI"), new ListItemElement(marker, content, 17) { SpaceAfter = 3 }));
        }

        return new TaggedElement(new StructureNode("L"), new ColumnElement(items) { SpaceBefore = 18 });
    }
}
