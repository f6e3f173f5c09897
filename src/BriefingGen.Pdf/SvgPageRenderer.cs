using BriefingGen.Pdf.Writing;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf;

/// <summary>
/// The paper's pages as SVG (format <c>svg</c>): a true preview of the PDF, made by the same layout
/// — the same page breaks, page numbers, banners, headers and footers, footnotes and contents —
/// drawn onto an SVG canvas instead of into a PDF file. Give it the engine's own
/// <see cref="PdfRenderer"/>, so the pages the engine laid out once are drawn without laying them
/// out again. The document holds every page, one below the other, each a nested
/// <c>&lt;svg class="page"&gt;</c> with its printed number in <c>data-label</c>.
/// </summary>
/// <param name="layout">The PDF renderer whose layout the pictures show.</param>
public sealed class SvgPageRenderer(PdfRenderer layout) : IDocumentRenderer
{
    /// <inheritdoc />
    public string Format => "svg";

    /// <inheritdoc />
    public string Extension => ".svg";

    /// <inheritdoc />
    public bool UsesPageMap => true;

    /// <inheritdoc />
    public void Render(RenderInput input, Stream output) =>
        layout.Draw(input, new SvgCanvas(), (canvas, labels) => SvgPagesWriter.Write(canvas.Pages, labels, output));
}
