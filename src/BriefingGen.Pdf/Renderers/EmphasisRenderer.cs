using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>Emphasis, in italics.</summary>
internal sealed class EmphasisRenderer : PdfInlineRenderer<Emphasis>
{
    /// <inheritdoc />
    protected override void Write(Emphasis inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        context.AddSpans(spans, inline.Content, style with { Italic = true }, link);
}
