using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A note mark, raised and numbered in the order of the text as Word numbers footnotes, linked to
/// its note at the foot of the page; the note is collected for that page's foot. A mark straight
/// after another is raised after a comma, so notes 1 and 2 do not read as 12. A note cannot
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
        var markStyle = context.Styles.Inline(StyleRoles.NoteMark, style);
        if (inline.FollowsNote)
        {
            spans.Add(new TextSpan(",", markStyle, null));
        }

        spans.Add(new TextSpan(number, markStyle, Footnotes.LinkPrefix + number));
    }
}
