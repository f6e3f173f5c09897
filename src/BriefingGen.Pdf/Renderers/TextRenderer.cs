using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>Plain text; line breaks inside it read as spaces, as they do in a paragraph. Text in another language keeps it, for tagging.</summary>
internal sealed class TextRenderer : PdfInlineRenderer<Model.Text>
{
    /// <inheritdoc />
    protected override void Write(Model.Text inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        spans.Add(new TextSpan(inline.Value.Replace('\n', ' '), inline.Language is null ? style : style with { Language = inline.Language }, link));
}
