using System.Globalization;

namespace BriefingGen.Typography;

/// <summary>
/// Upper and lower case by a language's rules, without what .NET pays on a culture's first casing
/// call: an ICU collator built (10–17 ms) only to learn whether the culture cases ASCII letters as
/// the invariant culture does. Only Turkish and Azerbaijani do not (i ↔ İ, ı ↔ I), and they are
/// left to .NET. Every other culture cases exactly as the invariant culture but for the two Turkish
/// i's, which it maps by Unicode's defaults, İ → i and ı → I; the invariant culture keeps them.
/// </summary>
public readonly struct CultureCasing
{
    private readonly TextInfo? _turkic;
    private readonly bool _invariant;

    private CultureCasing(TextInfo? turkic, bool invariant) => (_turkic, _invariant) = (turkic, invariant);

    /// <summary>The casing of <paramref name="culture"/>.</summary>
    public static CultureCasing Of(CultureInfo culture) =>
        new(culture.TwoLetterISOLanguageName is "tr" or "az" ? culture.TextInfo : null, culture.Name.Length == 0);

    /// <summary>The casing of the culture named <paramref name="name"/>, or the invariant culture's when .NET does not know the name.</summary>
    public static CultureCasing Of(string name)
    {
        try
        {
            return Of(CultureInfo.GetCultureInfo(name));
        }
        catch (CultureNotFoundException)
        {
            return Of(CultureInfo.InvariantCulture);
        }
    }

    /// <summary><paramref name="text"/> in upper case.</summary>
    public string ToUpper(string text) =>
        _turkic is { } turkic ? turkic.ToUpper(text)
        : _invariant ? text.ToUpperInvariant()
        : text.ToUpperInvariant().Replace('\u0131', 'I');

    /// <summary><paramref name="letter"/> in lower case.</summary>
    public char ToLower(char letter) =>
        _turkic is { } turkic ? turkic.ToLower(letter)
        : letter == '\u0130' && !_invariant ? 'i'
        : char.ToLowerInvariant(letter);
}
