using System.Globalization;

namespace BriefingGen.Typography;

/// <summary>
/// Which script a character is written in, which scripts a language writes natively, and the
/// language a run in another script is taken to be: what language tagging needs, and no more.
/// </summary>
public static class Scripts
{
    /// <summary>The script of the character at <paramref name="codePoint"/>; anything not a letter is <see cref="WritingScript.Common"/>.</summary>
    public static WritingScript Of(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return codePoint is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') ? WritingScript.Latin : WritingScript.Common;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
        {
            return WritingScript.Common;
        }

        return codePoint switch
        {
            <= 0x024F or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xFF21 and <= 0xFF5A) => WritingScript.Latin,
            (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF) or (>= 0x20D0 and <= 0x20FF) => WritingScript.Common, // combining marks go with their letter
            (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => WritingScript.Greek,
            (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => WritingScript.Cyrillic,
            >= 0x0530 and <= 0x058F => WritingScript.Armenian,
            (>= 0x0590 and <= 0x05FF) or (>= 0xFB1D and <= 0xFB4F) => WritingScript.Hebrew,
            (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => WritingScript.Arabic,
            >= 0x0900 and <= 0x097F => WritingScript.Devanagari,
            >= 0x0E00 and <= 0x0E7F => WritingScript.Thai,
            (>= 0x10A0 and <= 0x10FF) or (>= 0x1C90 and <= 0x1CBF) => WritingScript.Georgian,
            (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => WritingScript.Hangul,
            (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F) => WritingScript.Kana,
            (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F) => WritingScript.Han,
            _ => WritingScript.Other,
        };
    }

    /// <summary>The scripts <paramref name="culture"/>'s language is written in; Japanese writes both kana and Chinese characters.</summary>
    public static IReadOnlyList<WritingScript> NativeTo(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "ru" or "uk" or "be" or "bg" or "mk" or "kk" or "ky" or "tg" or "mn" => [WritingScript.Cyrillic],
        "sr" when culture.Name.Contains("Cyrl", StringComparison.Ordinal) || culture.Name == "sr" => [WritingScript.Cyrillic],
        "el" => [WritingScript.Greek],
        "hy" => [WritingScript.Armenian],
        "ka" => [WritingScript.Georgian],
        "he" or "yi" => [WritingScript.Hebrew],
        "ar" or "fa" or "ur" or "ps" => [WritingScript.Arabic],
        "hi" or "mr" or "ne" => [WritingScript.Devanagari],
        "th" => [WritingScript.Thai],
        "zh" => [WritingScript.Han],
        "ja" => [WritingScript.Han, WritingScript.Kana],
        "ko" => [WritingScript.Hangul, WritingScript.Han],
        _ => [WritingScript.Latin],
    };

    /// <summary>
    /// The language a run in <paramref name="script"/> is taken to be when it is not the paper's own
    /// script: the language most papers quoting that script quote (Cyrillic as Russian, Latin as
    /// English), or null for a script with no clear language.
    /// </summary>
    public static string? LanguageOf(WritingScript script) => script switch
    {
        WritingScript.Latin => "en-GB",
        WritingScript.Cyrillic => "ru-RU",
        WritingScript.Greek => "el-GR",
        WritingScript.Armenian => "hy-AM",
        WritingScript.Georgian => "ka-GE",
        WritingScript.Hebrew => "he-IL",
        WritingScript.Arabic => "ar-SA",
        WritingScript.Devanagari => "hi-IN",
        WritingScript.Thai => "th-TH",
        WritingScript.Han => "zh-CN",
        WritingScript.Kana => "ja-JP",
        WritingScript.Hangul => "ko-KR",
        _ => null,
    };

    /// <summary>The word-processor slot text in <paramref name="script"/> takes its font and language from.</summary>
    public static FontSlot SlotOf(WritingScript script) => script switch
    {
        WritingScript.Han or WritingScript.Kana or WritingScript.Hangul => FontSlot.EastAsian,
        WritingScript.Hebrew or WritingScript.Arabic or WritingScript.Devanagari or WritingScript.Thai => FontSlot.Complex,
        _ => FontSlot.Western,
    };

    /// <summary>True for the scripts written right to left.</summary>
    public static bool IsRightToLeft(WritingScript script) => script is WritingScript.Hebrew or WritingScript.Arabic;

    /// <summary>The script of the first letter of <paramref name="text"/>, or <see cref="WritingScript.Common"/> when it has none.</summary>
    public static WritingScript FirstIn(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Of(rune.Value) is var script and not WritingScript.Common)
            {
                return script;
            }
        }

        return WritingScript.Common;
    }

    /// <summary>
    /// The languages of a paper's three slots: its own language in the slot of its script, and for
    /// the other two the language that slot's text most likely is (Chinese, Arabic), so an East
    /// Asian or right-to-left quotation is not checked and hyphenated as the paper's language.
    /// </summary>
    public static (string Western, string EastAsian, string Complex) SlotLanguages(CultureInfo culture)
    {
        var slot = SlotOf(NativeTo(culture)[0]);
        return (
            slot == FontSlot.Western ? culture.Name : "en-GB",
            slot == FontSlot.EastAsian ? culture.Name : "zh-CN",
            slot == FontSlot.Complex ? culture.Name : "ar-SA");
    }
}
