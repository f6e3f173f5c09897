using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// Typographic punctuation for what a paper shows outside its body: the running header and footer
/// and the titles its properties, banners and outline carry, so the footer's title reads as the
/// title page's does.
/// </summary>
internal static class PaperPunctuation
{
    /// <summary>Each of the four furniture lines, set on its own.</summary>
    public static PageFurniture Apply(PageFurniture furniture, PunctuationStyle style)
    {
        var smart = new SmartPunctuation(style);
        return new PageFurniture(smart.Apply(furniture.HeaderLeft), smart.Apply(furniture.HeaderRight), smart.Apply(furniture.FooterLeft), smart.Apply(furniture.FooterRight));
    }

    /// <summary>The title, short title, subtitle and subject; names, references and dates stay as written.</summary>
    public static DocumentMetadata Apply(DocumentMetadata metadata, PunctuationStyle style)
    {
        var smart = new SmartPunctuation(style);
        string? Set(string? text) => text is null ? null : smart.Apply(text);
        return metadata with { Title = smart.Apply(metadata.Title), ShortTitle = Set(metadata.ShortTitle), Subtitle = Set(metadata.Subtitle), Subject = Set(metadata.Subject) };
    }
}
