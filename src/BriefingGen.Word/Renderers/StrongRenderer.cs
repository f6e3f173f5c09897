using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>Strong emphasis as bold.</summary>
internal sealed class StrongRenderer : WordInlineRenderer<Strong>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Strong inline, WordRenderContext context, RunFormat format) =>
        context.RenderInlines(inline.Content, format with { Bold = true });
}
