using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A note mark, raised and numbered in the order of the text as Word numbers footnotes, linked to
/// its note at the foot of the page; the note is collected for that page's foot. A note cannot
/// cite another: as in Word, the other's text is written into it in brackets.
/// </summary>
internal sealed class FootnoteReferenceRenderer : PdfInlineRenderer<FootnoteReference>
{
    /// <inheritdoc />
    protected override void Write(FootnoteReference inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link)
    {
        if (context.InNote)
        {
            spans.Add(new TextSpan(" (" + InlineText.Of(inline.Blocks) + ")", style, link));
            return;
        }

        context.Notes.Add(inline.Blocks);
        var number = context.Notes.Count.ToString(CultureInfo.InvariantCulture);
        spans.Add(new TextSpan(number, context.Styles.Inline(StyleRoles.NoteMark, style), Footnotes.LinkPrefix + number));
    }
}
