using BriefingGen.Model;
using DocumentFormat.OpenXml;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// The number of pages as a field whose stored result is the count of the paper's page layout when
/// the render has one, else a placeholder; Word shows the stored result until it updates the field,
/// so "Page 1 of N" reads right when the file is opened. In a paper with one run of page numbers the
/// field is NUMPAGES. When annexes restart the numbers (A-1, B-1), each run counts its own pages: the
/// field is a PAGEREF to a hidden bookmark on the run's last page, which Word prints in that page's
/// number format, as the PDF does.
/// </summary>
internal sealed class PageCountRenderer : WordInlineRenderer<PageCount>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(PageCount inline, WordRenderContext context, RunFormat format)
    {
        var result = context.Pages?.CountIn(context.SectionIndex) ?? "1";
        var instruction = context.HasSeveralNumberingRuns
            ? $" PAGEREF {WordRenderContext.RunEndBookmark(context.NumberingRuns[context.SectionIndex])} "
            : " NUMPAGES ";
        return [Fields.Simple(instruction, result, format)];
    }
}
