using BriefingGen.Pdf.Text.Hyphenation;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests.Hyphenation;

/// <summary>
/// Our hyphenation of about sixty words per language is TeX's: Reference/&lt;language&gt;.txt holds
/// what LuaTeX's hyphenator makes of them from the same pattern files (make-reference.sh).
/// </summary>
public class HyphenationReferenceTests
{
    public static TheoryData<string, string> Languages => new()
    {
        { "en-GB", "en-gb" },
        { "en-US", "en-us" },
        { "nb-NO", "nb" },
        { "nn-NO", "nn" },
        { "ru-RU", "ru" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Words_hyphenate_as_TeX_hyphenates_them(string culture, string file)
    {
        var hyphenator = Hyphenator.For(culture)!;
        var expected = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Pdf.Tests", "Hyphenation", "Reference", file + ".txt"));
        Assert.True(expected.Length >= 50, $"{file}.txt has only {expected.Length} words");

        var wrong = expected
            .Select(line => (Expected: line, Actual: hyphenator.Hyphenate(line.Replace("-", "", StringComparison.Ordinal))))
            .Where(pair => pair.Expected != pair.Actual)
            .Select(pair => $"{pair.Actual} (TeX: {pair.Expected})");
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("nb-NO", "samarbeidsområde", "sam-ar-beids-om-rå-de")]
    [InlineData("nb-NO", "fiskerikommisjon", "fiskeri-kom-mi-sjon")]
    [InlineData("nb-NO", "atomsikkerhetssamarbeid", "atom-sik-ker-hets-sam-ar-beid")]
    [InlineData("ru-RU", "сотрудничество", "со-труд-ни-че-ство")]
    [InlineData("ru-RU", "безопасность", "без-опас-ность")]
    [InlineData("ru-RU", "Мурманск", "Мур-манск")]
    [InlineData("en-US", "hyphenation", "hy-phen-ation")]
    [InlineData("en-GB", "hyphenation", "hy-phen-a-tion")]
    [InlineData("en-GB", "considerably", "con-sid-er-ably")]
    public void Familiar_words(string culture, string word, string hyphenated)
    {
        Assert.Equal(hyphenated, Hyphenator.For(culture)!.Hyphenate(word));
    }
}
