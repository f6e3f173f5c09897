using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A link: its text in the link look, and a link area over it.</summary>
internal sealed class LinkRenderer : PdfInlineRenderer<Link>
{
    /// <inheritdoc />
    protected override void Write(Link inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        context.AddSpans(spans, inline.Content, context.Styles.Inline(StyleRoles.Link, style), inline.Target);
}
