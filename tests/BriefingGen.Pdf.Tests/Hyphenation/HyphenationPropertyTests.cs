using System.Globalization;
using BriefingGen.Pdf.Text.Hyphenation;
using CsCheck;

namespace BriefingGen.Pdf.Tests.Hyphenation;

/// <summary>Any string, however odd, gets sorted break points strictly inside it that split no letter from its marks and no surrogate pair.</summary>
public class HyphenationPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "e", "n", "t", "r", "s", "å", "ø", "æ", "é", "A", "T",
        "а", "о", "н", "т", "р", "с", "й", "ё", "ъ", "Д",
        "\u0301", "\u0306", "\u0308", "-", "\u00AD", "\u2011", "'", "\u2019", ".", ",", "(", "»",
        "1", "7", "_", "\u200D", "\U0001F30D", "\U0001D41E", "\uD800", "中", "α", " ",
    ];

    private static readonly Gen<string> Word =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Any_string_gets_sound_break_points()
    {
        var hyphenators = HyphenationLanguage.All.Select(l => Hyphenator.For(l.CultureName)!).ToArray();
        Word.Sample(word =>
        {
            foreach (var hyphenator in hyphenators)
            {
                var points = hyphenator.BreakPoints(word);
                var previous = 0;
                foreach (var point in points)
                {
                    Assert.InRange(point, previous + 1, word.Length - 1);
                    Assert.False(char.IsLowSurrogate(word[point]), $"'{word}' split inside a surrogate pair at {point}");
                    Assert.False(IsMark(word[point]), $"'{word}' split before a combining mark at {point}");
                    previous = point;
                }

                Assert.Equal(word, hyphenator.Hyphenate(word, ""));
            }
        }, iter: 2_000);
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
