using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>The number of pages as a NUMPAGES field.</summary>
internal sealed class PageCountRenderer : WordInlineRenderer<PageCount>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(PageCount inline, WordRenderContext context, RunFormat format) =>
        [Fields.Simple(" NUMPAGES ", "1", format)];
}
