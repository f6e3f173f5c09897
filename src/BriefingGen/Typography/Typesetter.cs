using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Typography;

/// <summary>
/// The typesetting a paper's text gets after it is read, in its language: typographic
/// punctuation and, where the language asks for it, one-letter words tied to the next (unless the
/// pack keeps punctuation as typed), and language marks on words in other scripts. It covers the body and the running header and footer; the titles the document's
/// properties carry get the punctuation, so the footer's title reads as the title page's does.
/// </summary>
internal sealed class Typesetter(CultureInfo culture, bool typographicPunctuation)
{
    private readonly SmartPunctuation? _punctuation = typographicPunctuation ? new SmartPunctuation(PunctuationStyle.For(culture)) : null;
    private readonly ShortWordTies? _ties = typographicPunctuation && ShortWordTies.AppliesTo(culture) ? new ShortWordTies() : null;
    private readonly ForeignScriptMarker _languages = new(culture);

    /// <summary>One paragraph's inlines, typeset.</summary>
    public IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines)
    {
        var set = _punctuation is null ? inlines : _punctuation.Apply(inlines);
        return _languages.Apply(_ties is null ? set : _ties.Apply(set));
    }

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

        string Typeset(string text) => _ties is null ? smart.Apply(text) : _ties.Apply(smart.Apply(text));
        string? Set(string? text) => text is null ? null : Typeset(text);
        return metadata with { Title = Typeset(metadata.Title), ShortTitle = Set(metadata.ShortTitle), Subtitle = Set(metadata.Subtitle), Subject = Set(metadata.Subject) };
    }
}
