using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word.Renderers;

/// <summary>A page break, as a paragraph of its own until <see cref="PageBreaks"/> folds it into the paragraph after it.</summary>
internal sealed class PageBreakRenderer : WordBlockRenderer<PageBreak>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(PageBreak block, WordRenderContext context, WordScope scope) =>
        [new Paragraph(new Run(new Break { Type = BreakValues.Page }))];
}
