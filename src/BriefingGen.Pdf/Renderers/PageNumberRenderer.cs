using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A page number in running text; furniture draws its own, page by page.</summary>
internal sealed class PageNumberRenderer : PdfInlineRenderer<PageNumber>
{
    /// <inheritdoc />
    protected override void Write(PageNumber inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        spans.Add(new TextSpan(inline.PlainText, style, link));
}
