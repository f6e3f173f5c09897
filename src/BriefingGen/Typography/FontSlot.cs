namespace BriefingGen.Typography;

/// <summary>
/// The three kinds of text word processors keep a font and a language for (Word's <c>w:lang</c>
/// has <c>w:val</c>, <c>w:eastAsia</c> and <c>w:bidi</c>; OpenDocument has western, asian and
/// complex): a run's language belongs in the slot of its script.
/// </summary>
public enum FontSlot
{
    /// <summary>Latin, Cyrillic, Greek, Armenian and Georgian text.</summary>
    Western,

    /// <summary>Chinese, Japanese and Korean text.</summary>
    EastAsian,

    /// <summary>Complex scripts: right-to-left Arabic and Hebrew, and Indic and Thai scripts that need shaping.</summary>
    Complex,
}
