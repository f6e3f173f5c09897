namespace BriefingGen.Typography;

/// <summary>
/// The scripts a brief's text is told apart by, for language tagging: enough to know that
/// "Мурманск" in an English paper is Russian and that Arabic runs right to left. Characters of no
/// script (spaces, digits, punctuation, symbols) are <see cref="Common"/> and take the language of
/// the text around them.
/// </summary>
public enum WritingScript
{
    /// <summary>Spaces, digits, punctuation, symbols and marks: no language of their own.</summary>
    Common,

    /// <summary>Latin letters, accented and extended.</summary>
    Latin,

    /// <summary>Cyrillic.</summary>
    Cyrillic,

    /// <summary>Greek.</summary>
    Greek,

    /// <summary>Armenian.</summary>
    Armenian,

    /// <summary>Georgian.</summary>
    Georgian,

    /// <summary>Hebrew, written right to left.</summary>
    Hebrew,

    /// <summary>Arabic (also Persian and Urdu), written right to left.</summary>
    Arabic,

    /// <summary>Devanagari (Hindi, Marathi, Nepali).</summary>
    Devanagari,

    /// <summary>Thai.</summary>
    Thai,

    /// <summary>Chinese characters, shared by Chinese and Japanese (and Korean in places).</summary>
    Han,

    /// <summary>Japanese hiragana and katakana.</summary>
    Kana,

    /// <summary>Korean hangul.</summary>
    Hangul,

    /// <summary>A letter of a script not listed here: it is left untagged.</summary>
    Other,
}
