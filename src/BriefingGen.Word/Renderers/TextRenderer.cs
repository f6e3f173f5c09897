using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>Plain text as one run.</summary>
internal sealed class TextRenderer : WordInlineRenderer<Text>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Text inline, WordRenderContext context, RunFormat format) =>
        [Runs.Create(inline.Value, format)];
}
