namespace BriefingGen.Pdf.Text.Hyphenation;

/// <summary>
/// A language with hyphenation patterns: its hyph-utf8 file, the smallest number of letters TeX
/// leaves before and after a hyphen (<c>\lefthyphenmin</c>, <c>\righthyphenmin</c>, from the file's
/// <c>hyphenmins</c> header), the culture whose rules lower-case its words, and its script.
/// </summary>
internal sealed record HyphenationLanguage(string Tag, string PatternFile, int LeftMin, int RightMin, string CultureName, LetterScript Script)
{
    /// <summary>British English: Wujastyk and Toal's patterns, made from Oxford University Press's word list.</summary>
    public static HyphenationLanguage BritishEnglish { get; } = new("en-gb", "hyph-en-gb.tex", 2, 3, "en-GB", LetterScript.Latin) { KeepsCapitalisedWordsWhole = true };

    /// <summary>American English: Liang's patterns from plain TeX with Kuiken's additions.</summary>
    public static HyphenationLanguage AmericanEnglish { get; } = new("en-us", "hyph-en-us.tex", 2, 3, "en-US", LetterScript.Latin) { KeepsCapitalisedWordsWhole = true };

    /// <summary>Norwegian Bokmål: the shared Norwegian patterns with the Bokmål exceptions.</summary>
    public static HyphenationLanguage Bokmal { get; } = new("nb", "hyph-nb.tex", 2, 2, "nb-NO", LetterScript.Latin);

    /// <summary>Norwegian Nynorsk: the shared Norwegian patterns with the Nynorsk exceptions.</summary>
    public static HyphenationLanguage Nynorsk { get; } = new("nn", "hyph-nn.tex", 2, 2, "nn-NO", LetterScript.Latin);

    /// <summary>Russian: Lebedev's patterns.</summary>
    public static HyphenationLanguage Russian { get; } = new("ru", "hyph-ru.tex", 2, 2, "ru-RU", LetterScript.Cyrillic);

    /// <summary>
    /// Whether a capitalised word is left whole, as TeX does with <c>\uchyph=0</c>. English style
    /// guides ask it for names, and English patterns break foreign names badly ("Fin-nmark").
    /// Norwegian and Russian names of bodies are long compounds ("Utenriksdepartementet") that
    /// their own patterns break well and their typesetters do break.
    /// </summary>
    public bool KeepsCapitalisedWordsWhole { get; init; }

    /// <summary>Every language with patterns.</summary>
    public static IReadOnlyList<HyphenationLanguage> All { get; } = [BritishEnglish, AmericanEnglish, Bokmal, Nynorsk, Russian];

    /// <summary>
    /// Regions whose English follows American spelling, as babel's <c>american</c> and
    /// <c>canadian</c> do; every other English (en-GB, en-AU, en-IE, en-IN, plain en) gets the
    /// British patterns, the product's default language being en-GB.
    /// </summary>
    private static readonly HashSet<string> AmericanRegions = ["US", "CA", "AS", "GU", "MP", "PR", "UM", "VI"];

    /// <summary>The casing rules that fold a word to the patterns' lower case.</summary>
    public Typography.CultureCasing Casing => Typography.CultureCasing.Of(CultureName);

    /// <summary>The ISO 15924 code of the script, as it may appear in a culture name such as <c>ru-Cyrl-RU</c>.</summary>
    public string ScriptCode => Script == LetterScript.Latin ? "Latn" : "Cyrl";

    /// <summary>
    /// The language for a culture name (<c>en-GB</c>, <c>en</c>, <c>nb-NO</c>, <c>no</c>, <c>nn</c>,
    /// <c>ru-RU</c>, also with underscores or a script subtag), or null when there are no patterns
    /// for it or the name asks for another script.
    /// </summary>
    public static HyphenationLanguage? Find(string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        var subtags = cultureName.Trim().Split('-', '_');
        string? script = null;
        string? region = null;
        foreach (var subtag in subtags.Skip(1))
        {
            if (subtag.Length == 4 && script is null && region is null && subtag.All(char.IsAsciiLetter))
            {
                script = subtag;
            }
            else if (region is null && ((subtag.Length == 2 && subtag.All(char.IsAsciiLetter)) || (subtag.Length == 3 && subtag.All(char.IsAsciiDigit))))
            {
                region = subtag.ToUpperInvariant();
            }
        }

        var language = subtags[0].ToLowerInvariant() switch
        {
            "en" => region is not null && AmericanRegions.Contains(region) ? AmericanEnglish : BritishEnglish,
            "nb" or "no" => Bokmal,
            "nn" => Nynorsk,
            "ru" => Russian,
            _ => null,
        };
        return script is not null && !string.Equals(script, language?.ScriptCode, StringComparison.OrdinalIgnoreCase) ? null : language;
    }

    /// <summary>Whether a letter belongs to the language's script (a cheap block test, enough to tell Latin from Cyrillic from the rest).</summary>
    public bool IsOwnScript(char letter) => Script switch
    {
        LetterScript.Latin => letter is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '\u00AA' or '\u00BA'
            or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7')
            or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF')
            or (>= '\uAB30' and <= '\uAB6F') or (>= '\uFB00' and <= '\uFB06'),
        LetterScript.Cyrillic => letter is (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\uA640' and <= '\uA69F'),
        _ => false,
    };
}
