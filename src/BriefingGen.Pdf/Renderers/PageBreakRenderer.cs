using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A page break: the rest of the page stays empty.</summary>
internal sealed class PageBreakRenderer : PdfBlockRenderer<PageBreak>
{
    /// <inheritdoc />
    protected override Element Write(PageBreak block, PdfRenderContext context, PdfScope scope) => new PageBreakElement();
}
