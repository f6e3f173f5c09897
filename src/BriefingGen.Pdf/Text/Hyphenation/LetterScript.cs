namespace BriefingGen.Pdf.Text.Hyphenation;

/// <summary>
/// The script a language's letters are written in. A word with a letter from another script is a
/// name, a code or a quotation: its own language's patterns do not fit it, so it gets no hyphens.
/// </summary>
internal enum LetterScript
{
    /// <summary>Latin letters, with their accented and extended forms.</summary>
    Latin,

    /// <summary>Cyrillic letters.</summary>
    Cyrillic,
}
