using System.Globalization;

namespace BriefingGen.Typography;

/// <summary>
/// How a language writes the marks a keyboard types straight: its quotation marks at the first
/// and second level, and the dash between words (English and Norwegian set a spaced en dash,
/// Russian a spaced em dash). The space before the dash is a no-break space, so a line never
/// starts with a dash.
/// </summary>
/// <param name="PrimaryOpen">Opens a quotation.</param>
/// <param name="PrimaryClose">Closes a quotation.</param>
/// <param name="SecondaryOpen">Opens a quotation inside a quotation.</param>
/// <param name="SecondaryClose">Closes a quotation inside a quotation.</param>
/// <param name="WordDash">What " - " between words becomes.</param>
public sealed record PunctuationStyle(string PrimaryOpen, string PrimaryClose, string SecondaryOpen, string SecondaryClose, string WordDash)
{
    /// <summary>The apostrophe, the same in every language here: ’ (U+2019).</summary>
    public const char Apostrophe = '\u2019';

    private const string EnDash = "\u00A0\u2013 ";
    private const string EmDash = "\u00A0\u2014 ";

    /// <summary>English: “double” outside, ‘single’ inside.</summary>
    public static PunctuationStyle English { get; } = new("\u201C", "\u201D", "\u2018", "\u2019", EnDash);

    /// <summary>
    /// The style of <paramref name="culture"/>'s language; languages not listed take the English
    /// marks, which are the commonest in international papers.
    /// </summary>
    public static PunctuationStyle For(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "nb" or "nn" or "no" => new("\u00AB", "\u00BB", "\u2018", "\u2019", EnDash),
        "ru" or "uk" or "be" => new("\u00AB", "\u00BB", "\u201E", "\u201C", EmDash),
        "de" or "cs" or "sk" => new("\u201E", "\u201C", "\u201A", "\u2018", EnDash),
        "pl" => new("\u201E", "\u201D", "\u00AB", "\u00BB", EnDash),
        "da" => new("\u00BB", "\u00AB", "\u203A", "\u2039", EnDash),
        "sv" or "fi" => new("\u201D", "\u201D", "\u2019", "\u2019", EnDash),
        "fr" => new("\u00AB\u202F", "\u202F\u00BB", "\u201C", "\u201D", EnDash),
        "es" or "it" or "pt" => new("\u00AB", "\u00BB", "\u201C", "\u201D", EmDash),
        _ => English,
    };
}
