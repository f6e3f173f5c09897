using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>Strong emphasis, in bold.</summary>
internal sealed class StrongRenderer : PdfInlineRenderer<Strong>
{
    /// <inheritdoc />
    protected override void Write(Strong inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        context.AddSpans(spans, inline.Content, style with { Bold = true }, link);
}
