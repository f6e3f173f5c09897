using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A link: its text in the link look, and a link area over it. A link into the paper to an id no
/// heading or exhibit has is its text alone, as in Word, since a link area leading nowhere would
/// be a dead link and a Link tag without its annotation.
/// </summary>
internal sealed class LinkRenderer : PdfInlineRenderer<Link>
{
    /// <inheritdoc />
    protected override void Write(Link inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link)
    {
        if (inline.IsInternal && !context.Anchors.Contains(inline.Target[1..]))
        {
            context.AddSpans(spans, inline.Content, style, link);
            return;
        }

        context.AddSpans(spans, inline.Content, context.Styles.Inline(StyleRoles.Link, style), inline.Target);
    }
}
