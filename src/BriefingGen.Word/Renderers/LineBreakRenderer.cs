using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>A line break inside a paragraph.</summary>
internal sealed class LineBreakRenderer : WordInlineRenderer<LineBreak>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(LineBreak inline, WordRenderContext context, RunFormat format) =>
        [new Run(new Break())];
}
