using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A page number in running text: laid out in the room the section's widest number takes, with a
/// figure's width for each character of its prefix (the prefix's own "A-" would let the line break
/// inside the field), and filled in with the printed number of the page the line is drawn on.
/// </summary>
internal sealed class PageNumberRenderer : PdfInlineRenderer<PageNumber>
{
    /// <inheritdoc />
    protected override void Write(PageNumber inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        spans.Add(new TextSpan(new string('0', context.Numbering.Prefix.Length) + Figures(context.PageCount, context.Numbering), style with { Field = PageField.Number }, link));

    /// <summary>
    /// The longest number the section can print, without its prefix: as many zeros as the page count
    /// has digits, or the longest roman or letter number up to the page count (at least up to 9).
    /// </summary>
    internal static string Figures(int pageCount, PageNumbering numbering) =>
        numbering.Format == PageNumberFormat.Decimal
            ? new('0', Math.Max(1, pageCount.ToString(System.Globalization.CultureInfo.InvariantCulture).Length))
            : Enumerable.Range(1, Math.Max(9, pageCount)).Select(numbering.Number).MaxBy(n => n.Length)!;
}
