using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>Emphasis as italic.</summary>
internal sealed class EmphasisRenderer : WordInlineRenderer<Emphasis>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Emphasis inline, WordRenderContext context, RunFormat format) =>
        context.RenderInlines(inline.Content, format with { Italic = true });
}
