using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word.Sections;

/// <summary>
/// Writes each section's properties (ISO/IEC 29500-1 §17.6): its own header and footer parts, its
/// page size and orientation, margins and page numbering. Word keeps a section's properties at its
/// end: in the last paragraph's properties, or, for the last section, at the end of the body.
/// </summary>
internal static class SectionWriter
{
    /// <summary>The properties of section <paramref name="index"/>, with its header and footer added to the package.</summary>
    public static SectionProperties Properties(Section section, int index, WordRenderContext context)
    {
        var headerId = $"rIdHeader{index + 1}";
        var footerId = $"rIdFooter{index + 1}";
        context.Main.AddNewPart<HeaderPart>(headerId).Header = HeaderFooterBuilder.Header(section, context);
        context.Main.AddNewPart<FooterPart>(footerId).Footer = HeaderFooterBuilder.Footer(section, context);

        var page = section.Layout;
        var properties = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize
            {
                Width = (uint)Units.MmToTwips(page.WidthMm),
                Height = (uint)Units.MmToTwips(page.HeightMm),
                Orient = page.Landscape ? PageOrientationValues.Landscape : null,
            },
            new PageMargin
            {
                Top = Units.MmToTwips(page.MarginTopMm),
                Bottom = Units.MmToTwips(page.MarginBottomMm),
                Left = (uint)Units.MmToTwips(page.MarginLeftMm),
                Right = (uint)Units.MmToTwips(page.MarginRightMm),
                Header = (uint)Units.MmToTwips(page.HeaderDistanceMm),
                Footer = (uint)Units.MmToTwips(page.HeaderDistanceMm),
                Gutter = 0U,
            });
        var numbering = new PageNumberType { Format = Format(section.Numbering.Format) };
        if (section.Numbering.Restart)
        {
            numbering.Start = section.Numbering.Start;
        }

        properties.Append(numbering);
        return properties;
    }

    /// <summary>
    /// Places the properties of a section that is not the last: in its last paragraph, or in a
    /// paragraph of their own when the section ends with a table (Word needs a paragraph there) or
    /// a list item (LibreOffice joins a numbered paragraph holding a section break to the
    /// paragraph after it, heading and all).
    /// </summary>
    public static void EndSection(List<OpenXmlElement> content, SectionProperties properties)
    {
        if (content.LastOrDefault() is Paragraph last && last.Descendants<SectionProperties>().FirstOrDefault() is null && last.ParagraphProperties?.NumberingProperties is null)
        {
            var pPr = last.ParagraphProperties ?? last.PrependChild(new ParagraphProperties());
            pPr.Append(properties);
            return;
        }

        content.Add(new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
            properties)));
    }

    private static NumberFormatValues Format(PageNumberFormat format) => format switch
    {
        PageNumberFormat.LowerRoman => NumberFormatValues.LowerRoman,
        PageNumberFormat.UpperRoman => NumberFormatValues.UpperRoman,
        PageNumberFormat.LowerLetter => NumberFormatValues.LowerLetter,
        PageNumberFormat.UpperLetter => NumberFormatValues.UpperLetter,
        _ => NumberFormatValues.Decimal,
    };
}
