using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>A tracked change as print shows one: inserted text underlined, deleted text struck through, each line with a bar in the margin.</summary>
internal sealed class TrackedChangeRenderer : PdfInlineRenderer<TrackedChange>
{
    /// <inheritdoc />
    protected override void Write(TrackedChange inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        context.AddSpans(spans, inline.Content, inline.Kind == TrackedChangeKind.Inserted ? style with { Underline = true, Revised = true } : style with { StrikeThrough = true, Revised = true }, link);
}
