using BriefingGen.Model;
using BriefingGen.Styling;
using BriefingGen.Word.Parts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefingGen.Word.Sections;

/// <summary>
/// Builds a section's running header and footer: the classification banner at the top of the
/// header and the bottom of the footer, and the furniture texts at the margins, page numbers as
/// PAGE and NUMPAGES fields so Word keeps them right. The banner shows the document's
/// Classification property through a DOCPROPERTY field: a records officer who changes the marking
/// in the file's properties and updates fields changes every banner at once.
/// </summary>
internal static class HeaderFooterBuilder
{
    /// <summary>The header's content for <paramref name="section"/>.</summary>
    public static Header Header(Section section, WordRenderContext context)
    {
        var header = new Header();
        var classification = section.Metadata.Classification;
        if (classification is not null)
        {
            header.Append(Banner(classification, context));
        }

        // Space between banner and text belongs to the text line: a banner's own spacing would be shaded too.
        header.Append(Line(StyleMap(StyleRoles.Header), section.Furniture.HeaderLeft, section.Furniture.HeaderRight, context, before: classification is null ? 0 : 120, after: 0, section.Furniture.HeaderLogo));
        if (section.Metadata.Watermark is { Length: > 0 } watermark)
        {
            var sheet = context.StyleSheet;
            var font = sheet.Paragraph(StyleRoles.Title).Text.Families[0];
            header.GetFirstChild<Paragraph>()!.Append(WatermarkShape.Run(watermark, section.Layout, font, sheet.Colors.Watermark, section.Metadata.Language));
        }

        return header;
    }

    /// <summary>The footer's content for <paramref name="section"/>.</summary>
    public static Footer Footer(Section section, WordRenderContext context)
    {
        var classification = section.Metadata.Classification;
        var footer = new Footer(Line(StyleMap(StyleRoles.Footer), section.Furniture.FooterLeft, section.Furniture.FooterRight, context, before: 0, after: classification is null ? 0 : 120));
        if (classification is not null)
        {
            footer.Append(Banner(classification, context));
        }

        return footer;
    }

    private static string StyleMap(string role) => WordStyles.StyleMap.For(role).Id;

    /// <summary>
    /// The banner: the Classification property as a field whose stored result is the marking in
    /// capitals, as Word computes it, so it shows without an update. A section marked otherwise
    /// than the document (an annex at a higher level) shows its own marking as text.
    /// </summary>
    private static Paragraph Banner(string classification, WordRenderContext context)
    {
        var marking = classification.ToUpperInvariant();
        var isDocuments = string.Equals(classification, context.Document.Metadata.Classification, StringComparison.Ordinal);
        OpenXmlElement content = isDocuments
            ? Renderers.Fields.Simple($" DOCPROPERTY {DocumentPropertiesWriter.ClassificationProperty} \\* Upper ", marking, RunFormat.Plain)
            : Renderers.Runs.Create(marking, RunFormat.Plain);

        // In a paper that carries its data, the marking is the classification's field: set in
        // capitals, it shows the value as the data writes it, and an edit lands in the data.
        if (isDocuments && context.Binder is { } binder && context.Document.Metadata.Origins.TryGetValue("classification", out var origin))
        {
            var run = Renderers.Runs.Create(marking, RunFormat.Plain);
            run.PrependChild(new RunProperties(new Caps()));
            content = binder.BannerControl(origin, classification, run) ?? content;
        }

        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Banner }), content);
    }

    /// <summary>
    /// Left text, then a right-aligned tab at the right margin, then the right text. A logo stands
    /// at its side's margin with that side's text after it: a tab stop a gap past the logo's width
    /// holds the text clear of it, as the PDF places it.
    /// </summary>
    private static Paragraph Line(string styleId, IReadOnlyList<Inline> left, IReadOnlyList<Inline> right, WordRenderContext context, int before, int after, HeaderLogo? logo = null)
    {
        var width = context.ContentWidthTwips;
        var room = logo is null ? 0 : Units.MmToTwips(logo.WidthMm + HeaderLogo.GapMm);
        var tabs = logo?.Side switch
        {
            HeaderLogoSide.Left => new Tabs(new TabStop { Val = TabStopValues.Left, Position = room }, new TabStop { Val = TabStopValues.Right, Position = width }),
            HeaderLogoSide.Right => new Tabs(new TabStop { Val = TabStopValues.Right, Position = width - room }, new TabStop { Val = TabStopValues.Right, Position = width }),
            _ => new Tabs(new TabStop { Val = TabStopValues.Right, Position = width }),
        };
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = styleId },
            tabs,
            new SpacingBetweenLines
            {
                Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        var paragraph = new Paragraph(properties);
        if (logo is { Side: HeaderLogoSide.Left })
        {
            paragraph.Append(HeaderLogoDrawing.Run(logo, context), new Run(new TabChar()));
        }

        paragraph.Append(context.RenderInlines(left, RunFormat.Plain));
        if (right.Count > 0 || logo is { Side: HeaderLogoSide.Right })
        {
            paragraph.Append(new Run(new TabChar()));
            paragraph.Append(context.RenderInlines(right, RunFormat.Plain));
        }

        if (logo is { Side: HeaderLogoSide.Right })
        {
            paragraph.Append(new Run(new TabChar()), HeaderLogoDrawing.Run(logo, context));
        }

        return paragraph;
    }
}
