using BriefingGen.Model;
using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Renderers;

/// <summary>
/// A page number in running text: laid out as figures as wide as the highest page number, and
/// filled in with the printed number of the page the line is drawn on.
/// </summary>
internal sealed class PageNumberRenderer : PdfInlineRenderer<PageNumber>
{
    /// <inheritdoc />
    protected override void Write(PageNumber inline, PdfRenderContext context, List<TextSpan> spans, TextStyle style, string? link) =>
        spans.Add(new TextSpan(Figures(context.PageCount), style with { Field = PageField.Number }, link));

    /// <summary>As many zeros as the page count has digits: the room the widest number needs.</summary>
    internal static string Figures(int pageCount) =>
        new('0', Math.Max(1, pageCount.ToString(System.Globalization.CultureInfo.InvariantCulture).Length));
}
