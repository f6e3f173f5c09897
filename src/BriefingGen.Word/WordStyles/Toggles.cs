using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// Bold and italic as Word needs them: once for Latin, Cyrillic and East Asian text (b, i) and once
/// for complex scripts such as Arabic and Hebrew (bCs, iCs), which Word formats only from the
/// second. Setting one without its twin leaves right-to-left text plain. Each pair is returned in
/// the schema's order, so it can be appended where the single element would go.
/// </summary>
internal static class Toggles
{
    /// <summary>Bold on or off, for every script.</summary>
    public static OpenXmlElement[] Bold(bool on) =>
        [new DocumentFormat.OpenXml.Wordprocessing.Bold { Val = Value(on) }, new BoldComplexScript { Val = Value(on) }];

    /// <summary>Italic on or off, for every script.</summary>
    public static OpenXmlElement[] Italic(bool on) =>
        [new DocumentFormat.OpenXml.Wordprocessing.Italic { Val = Value(on) }, new ItalicComplexScript { Val = Value(on) }];

    /// <summary>An on/off value as Word writes it: on is the bare element, off is <c>w:val="0"</c>.</summary>
    private static OnOffValue? Value(bool on) => on ? null : false;
}
