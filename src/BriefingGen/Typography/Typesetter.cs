using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// The typesetting a paper's text gets after it is read, in its language: typographic
/// punctuation (unless the pack keeps punctuation as typed) and language marks on words in other
/// scripts. It covers the body and the running header and footer; the titles the document's
/// properties carry get the punctuation, so the footer's title reads as the title page's does.
/// </summary>
internal sealed class Typesetter(CultureInfo culture, bool typographicPunctuation)
{
    private readonly SmartPunctuation? _punctuation = typographicPunctuation ? new SmartPunctuation(PunctuationStyle.For(culture)) : null;
    private readonly ForeignScriptMarker _languages = new(culture);

    /// <summary>One paragraph's inlines, typeset.</summary>
    public IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines) =>
        _languages.Apply(_punctuation is null ? inlines : _punctuation.Apply(inlines));

    /// <summary>Each of the four furniture lines, typeset on its own.</summary>
    public PageFurniture Apply(PageFurniture furniture) =>
        new(Apply(furniture.HeaderLeft), Apply(furniture.HeaderRight), Apply(furniture.FooterLeft), Apply(furniture.FooterRight)) { HeaderLogo = furniture.HeaderLogo };

    /// <summary>The title, short title, subtitle and subject with typographic punctuation; names, references and dates stay as written.</summary>
    public DocumentMetadata Apply(DocumentMetadata metadata)
    {
        if (_punctuation is not { } smart)
        {
            return metadata;
        }

        string? Set(string? text) => text is null ? null : smart.Apply(text);
        return metadata with { Title = smart.Apply(metadata.Title), ShortTitle = Set(metadata.ShortTitle), Subtitle = Set(metadata.Subtitle), Subject = Set(metadata.Subject) };
    }
}
