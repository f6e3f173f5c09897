using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Builds the running header and footer: the classification banner at the top of the header and
/// the bottom of the footer, and the furniture texts at the margins with <c>{page}</c> and
/// <c>{pages}</c> turned into PAGE and NUMPAGES fields, so Word keeps the numbers right.
/// </summary>
internal static class HeaderFooterBuilder
{
    /// <summary>The header's content.</summary>
    public static Header Header(PageFurniture furniture, string? classification)
    {
        var header = new Header();
        if (classification is not null)
        {
            header.Append(Banner(classification));
        }

        // Space between banner and text belongs to the text line: a banner's own spacing would be shaded too.
        header.Append(Line(StyleIds.Header, furniture.HeaderLeft, furniture.HeaderRight, before: classification is null ? 0 : 120, after: 0));
        return header;
    }

    /// <summary>The footer's content.</summary>
    public static Footer Footer(PageFurniture furniture, string? classification)
    {
        var footer = new Footer(Line(StyleIds.Footer, furniture.FooterLeft, furniture.FooterRight, before: 0, after: classification is null ? 0 : 120));
        if (classification is not null)
        {
            footer.Append(Banner(classification));
        }

        return footer;
    }

    private static Paragraph Banner(string classification) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Banner }), TextRun(classification.ToUpperInvariant()));

    /// <summary>Left text, then a right-aligned tab (the style defines it at the right margin), then the right text.</summary>
    private static Paragraph Line(string styleId, string left, string right, int before, int after)
    {
        var spacing = new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }, spacing));
        paragraph.Append(Content(left));
        if (right.Length > 0)
        {
            paragraph.Append(new Run(new TabChar()));
            paragraph.Append(Content(right));
        }

        return paragraph;
    }

    /// <summary>Text with the page placeholders replaced by fields.</summary>
    internal static IEnumerable<OpenXmlElement> Content(string text)
    {
        var rest = text;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf(PageFurniture.PagePlaceholder, StringComparison.Ordinal);
            var pages = rest.IndexOf(PageFurniture.PagesPlaceholder, StringComparison.Ordinal);
            var next = new[] { page, pages }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                yield return TextRun(rest);
                yield break;
            }

            if (next > 0)
            {
                yield return TextRun(rest[..next]);
            }

            var isPages = next == pages;
            yield return new SimpleField(new Run(new Text("1"))) { Instruction = isPages ? " NUMPAGES " : " PAGE " };
            rest = rest[(next + (isPages ? PageFurniture.PagesPlaceholder.Length : PageFurniture.PagePlaceholder.Length))..];
        }
    }

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
