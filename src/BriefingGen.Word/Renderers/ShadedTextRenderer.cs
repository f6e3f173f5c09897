using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>Shaded text (a rating, a status) in Word's Strong style; its cell's fill comes from the table renderer.</summary>
internal sealed class ShadedTextRenderer : WordInlineRenderer<ShadedText>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(ShadedText inline, WordRenderContext context, RunFormat format) =>
        context.RenderInlines(inline.Content, format with { CharacterStyle = StyleIds.Strong });
}
