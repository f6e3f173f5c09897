using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// Turns a paragraph that holds only a page break into "page break before" on the paragraph that
/// follows. Word places the break's own paragraph mark at the top of the next page, where it shows
/// as a blank line above the text; the property starts the page with the text itself, as the PDF
/// does. A table cannot carry the property, so a break before one stays as it is.
/// </summary>
internal static class PageBreaks
{
    /// <summary>Folds the lone page breaks among the body's paragraphs into the paragraphs after them.</summary>
    public static void Fold(Body body)
    {
        foreach (var paragraph in body.Elements<Paragraph>().ToList())
        {
            if (IsLoneBreak(paragraph) && paragraph.NextSibling() is Paragraph next)
            {
                var properties = next.ParagraphProperties ?? next.PrependChild(new ParagraphProperties());
                properties.PageBreakBefore = new PageBreakBefore();
                paragraph.Remove();
            }
        }
    }

    /// <summary>True for a paragraph of one page break and nothing else: no text, no style, no section's end.</summary>
    private static bool IsLoneBreak(Paragraph paragraph) =>
        paragraph.ParagraphProperties is null
        && paragraph.ChildElements is [Run { ChildElements: [Break { Type.Value: var type }] }]
        && type == BreakValues.Page;
}
