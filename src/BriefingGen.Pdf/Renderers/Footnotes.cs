using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Layout.Wrappers;
using BriefingGen.Pdf.Writing;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// The element of one footnote, as Word sets it at the page's foot: in the note style, its first
/// paragraph opening with the raised number and a space, all in a Note structure element that the
/// mark in the text links to.
/// </summary>
internal static class Footnotes
{
    /// <summary>The link target prefix of note marks; the note's number follows.</summary>
    public const string LinkPrefix = "#" + DestinationPrefix;

    /// <summary>The destination prefix of notes; the note's number follows.</summary>
    public const string DestinationPrefix = "note-";

    /// <summary>The space between two notes at a page's foot, points.</summary>
    public const double Spacing = 2;

    /// <summary>The element of note <paramref name="number"/> (from 1) of those the context collected.</summary>
    public static Element Build(PdfRenderContext context, int number)
    {
        var label = number.ToString(CultureInfo.InvariantCulture);
        var look = context.Sheet.Paragraph(StyleRoles.Note);
        var scope = new PdfScope { Role = StyleRoles.Note, SpaceAfter = 0 };
        var style = context.TextStyle(look, scope);
        var blocks = context.Notes[number - 1];

        // A mark inside a note is written into it, as Word has no notes inside notes.
        context.InNote = true;
        try
        {
            var first = blocks.Count > 0 && blocks[0] is Paragraph p ? p : null;
            var spans = new List<TextSpan> { new(label, context.Styles.Inline(StyleRoles.NoteMark, style)), new(" ", style) };
            if (first is not null)
            {
                context.AddSpans(spans, first.Content, style, null);
            }

            var opening = new ParagraphElement(spans, context.Layouter, style)
            {
                Alignment = PdfRenderContext.Alignment(look.Alignment),
                LineSpacing = look.LineSpacing,
                Hyphenator = look.Hyphenate ? context.Hyphenator : null,
                Indent = look.IndentLeft,
                IndentRight = look.IndentRight,
                Destination = DestinationPrefix + label,
            };
            List<Element> elements = [new TaggedElement(new StructureNode("P"), opening), .. context.Blocks([.. blocks.Skip(first is null ? 0 : 1)], scope)];
            return new TaggedElement(new StructureNode("Note") { Id = DestinationPrefix + label }, new ColumnElement(elements));
        }
        finally
        {
            context.InNote = false;
        }
    }
}
