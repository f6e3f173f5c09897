using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>Shaded text, in the shaded look; its cell's fill comes from the table renderer.</summary>
internal sealed class ShadedTextRenderer : PdfInlineRenderer<ShadedText>
{
    /// <inheritdoc />
    protected override void Write(ShadedText inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        context.AddSpans(spans, inline.Content, context.Styles.Inline(StyleRoles.Shaded, style), link);
}
