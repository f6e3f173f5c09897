using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A forced line break.</summary>
internal sealed class LineBreakRenderer : PdfInlineRenderer<LineBreak>
{
    /// <inheritdoc />
    protected override void Write(LineBreak inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        spans.Add(new TextSpan("\n", style, link));
}
