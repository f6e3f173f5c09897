using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>The page count in running text, filled in as the page is drawn; furniture draws its own.</summary>
internal sealed class PageCountRenderer : PdfInlineRenderer<PageCount>
{
    /// <inheritdoc />
    protected override void Write(PageCount inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        spans.Add(new TextSpan(PageNumberRenderer.Figures(context.PageCount, context.Numbering), style with { Field = PageField.Count }, link));
}
