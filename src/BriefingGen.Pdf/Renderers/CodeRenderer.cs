using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Styling;

namespace BriefingGen.Pdf.Renderers;

/// <summary>Code, in the inline code look.</summary>
internal sealed class CodeRenderer : PdfInlineRenderer<Code>
{
    /// <inheritdoc />
    protected override void Write(Code inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        spans.Add(new TextSpan(inline.Value, context.Styles.Inline(StyleRoles.InlineCode, style), link) { Hyphenate = false });
}
