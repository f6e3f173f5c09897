using System.Globalization;
using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// The number of pages as a NUMPAGES field. Its stored result is the page count of the paper's
/// page layout when the render has one, else a placeholder; Word shows the stored result until it
/// updates the field, so "Page 1 of N" reads right when the file is opened.
/// </summary>
internal sealed class PageCountRenderer : WordInlineRenderer<PageCount>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(PageCount inline, WordRenderContext context, RunFormat format) =>
        [Fields.Simple(" NUMPAGES ", (context.Pages?.PageCount ?? 1).ToString(CultureInfo.InvariantCulture), format)];
}
