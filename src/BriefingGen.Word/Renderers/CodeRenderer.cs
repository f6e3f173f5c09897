using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>Code in the Code character style (the theme's monospaced font).</summary>
internal sealed class CodeRenderer : WordInlineRenderer<Code>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Code inline, WordRenderContext context, RunFormat format) =>
        [Runs.Create(inline.Value, format with { CharacterStyle = StyleIds.Code })];
}
