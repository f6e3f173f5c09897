using System.Globalization;
using BriefingGen.Pdf.Text.Hyphenation;

namespace BriefingGen.Pdf.Tests.Hyphenation;

/// <summary>Which languages have patterns, and how words are hyphenated: minimums, exceptions, existing hyphens and awkward words.</summary>
public class HyphenatorTests
{
    private static Hyphenator English => Hyphenator.For("en-GB")!;

    private static Hyphenator American => Hyphenator.For("en-US")!;

    private static Hyphenator Bokmal => Hyphenator.For("nb-NO")!;

    private static Hyphenator Russian => Hyphenator.For("ru-RU")!;

    [Theory]
    [InlineData("en-GB", "en-gb")]
    [InlineData("en", "en-gb")]
    [InlineData("en-AU", "en-gb")]
    [InlineData("en_GB", "en-gb")]
    [InlineData("EN-gb", "en-gb")]
    [InlineData("en-US", "en-us")]
    [InlineData("en-CA", "en-us")]
    [InlineData("en-Latn-US", "en-us")]
    [InlineData("nb-NO", "nb")]
    [InlineData("nb", "nb")]
    [InlineData("no", "nb")]
    [InlineData("no-NO", "nb")]
    [InlineData("nn-NO", "nn")]
    [InlineData("nn", "nn")]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru", "ru")]
    [InlineData("ru-Cyrl-RU", "ru")]
    public void Culture_names_find_their_patterns(string culture, string language) =>
        Assert.Equal(language, Hyphenator.For(culture)?.Language.Tag);

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("fr")]
    [InlineData("zh-Hans-CN")]
    [InlineData("ru-Latn")]
    [InlineData("se-NO")]
    [InlineData("xx")]
    public void Languages_without_patterns_have_no_hyphenator(string culture) => Assert.Null(Hyphenator.For(culture));

    [Fact]
    public void A_culture_object_finds_its_patterns_too()
    {
        Assert.Same(Bokmal, Hyphenator.For(CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Null(Hyphenator.For(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Each_language_is_loaded_once_and_shared_across_threads()
    {
        var found = new Hyphenator?[64];
        var hyphenated = new string[64];
        Parallel.For(0, found.Length, i =>
        {
            found[i] = Hyphenator.For(i % 2 == 0 ? "nn-NO" : "nn");
            hyphenated[i] = found[i]!.Hyphenate("atomsikkerhetssamarbeid");
        });
        Assert.All(found, h => Assert.Same(found[0], h));
        Assert.All(hyphenated, h => Assert.Equal("atom-sik-ker-hets-sam-ar-beid", h));
    }

    [Fact]
    public void Every_pattern_file_loads_whole()
    {
        Assert.Equal((8527, 8), (English.PatternCount, English.ExceptionCount));
        Assert.Equal((4938, 14), (American.PatternCount, American.ExceptionCount));
        Assert.Equal((27448, 108), (Bokmal.PatternCount, Bokmal.ExceptionCount));
        Assert.Equal((7021, 184), (Russian.PatternCount, Russian.ExceptionCount));
    }

    [Fact]
    public void Break_points_are_offsets_after_which_the_hyphen_goes()
    {
        Assert.Equal([2, 6], American.BreakPoints("hyphenation"));
        Assert.Equal([3, 7], Russian.BreakPoints("безопасность"));
    }

    [Fact]
    public void The_minimums_are_TeXs_and_hold_for_every_word()
    {
        Assert.Equal((2, 3), (English.Language.LeftMin, English.Language.RightMin));
        Assert.Equal((2, 3), (American.Language.LeftMin, American.Language.RightMin));
        Assert.Equal((2, 2), (Bokmal.Language.LeftMin, Bokmal.Language.RightMin));
        Assert.Equal((2, 2), (Hyphenator.For("nn")!.Language.LeftMin, Hyphenator.For("nn")!.Language.RightMin));
        Assert.Equal((2, 2), (Russian.Language.LeftMin, Russian.Language.RightMin));

        // With minimums of 1 the patterns allow more; LuaTeX with \lefthyphenmin=1 and \righthyphenmin=1 agrees.
        var loose = new Hyphenator(HyphenationLanguage.BritishEnglish with { LeftMin = 1, RightMin = 1 });
        Assert.Equal("t-able", loose.Hyphenate("table"));
        Assert.Equal("table", English.Hyphenate("table"));
        var looseRussian = new Hyphenator(HyphenationLanguage.Russian with { LeftMin = 1, RightMin = 1 });
        Assert.Equal("и-но-стран-ны-х", looseRussian.Hyphenate("иностранных"));
        Assert.Equal("ино-стран-ных", Russian.Hyphenate("иностранных"));
    }

    [Fact]
    public void Exceptions_override_the_patterns()
    {
        // Knuth's list in hyph-en-us.tex: "project" and "present" take no hyphen, "ta-ble" one.
        Assert.Equal("project", American.Hyphenate("project"));
        Assert.Equal("pro-ject", English.Hyphenate("project"));
        Assert.Equal("ta-ble", American.Hyphenate("table"));
        Assert.Equal("as-so-ciate", American.Hyphenate("associate"));
        Assert.Equal("as-so-ci-ate", English.Hyphenate("associate"));

        // Bokmål and Nynorsk share patterns and differ only in their exceptions.
        Assert.Equal("at-ten-de", Bokmal.Hyphenate("attende"));
        Assert.Equal("att-en-de", Hyphenator.For("nn")!.Hyphenate("attende"));
        Assert.Equal("биз-нес-мен", Russian.Hyphenate("бизнесмен"));
    }

    [Fact]
    public void Exceptions_ignore_case_and_keep_the_minimums()
    {
        Assert.Equal("PROJECT", American.Hyphenate("PROJECT"));
        Assert.Equal("Ta-ble", American.Hyphenate("Table"));
        Assert.Equal("Nielsen", Bokmal.Hyphenate("Nielsen"));

        var strict = new Hyphenator(HyphenationLanguage.AmericanEnglish with { LeftMin = 3 });
        Assert.Equal("table", strict.Hyphenate("table"));
    }

    [Fact]
    public void A_word_with_soft_hyphens_breaks_only_there()
    {
        var word = "sam\u00ADarbeids\u00ADområde";
        Assert.Equal([4, 12], Bokmal.BreakPoints(word));
        Assert.Equal(word, Bokmal.Hyphenate(word));
        Assert.Empty(Bokmal.BreakPoints("\u00ADsamarbeid"));
        Assert.Empty(Bokmal.BreakPoints("samarbeid\u00AD"));
        Assert.Empty(Bokmal.BreakPoints("sam\u00AD\u0301arbeid"));
    }

    [Fact]
    public void A_word_with_a_hyphen_breaks_only_after_it()
    {
        Assert.Equal([8], Bokmal.BreakPoints("Barents-samarbeidet"));
        Assert.Equal([5], English.BreakPoints("self\u2010government"));
        Assert.Equal([7], Russian.BreakPoints("Баренц-регион"));
        Assert.Empty(English.BreakPoints("-government"));
        Assert.Empty(English.BreakPoints("self\u2011government"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("я")]
    [InlineData("ab")]
    [InlineData("-")]
    [InlineData("\u00AD")]
    [InlineData("'")]
    public void Empty_and_tiny_words_have_no_points(string word)
    {
        Assert.Empty(English.BreakPoints(word));
        Assert.Empty(Russian.BreakPoints(word));
    }

    [Theory]
    [InlineData("COVID19")]
    [InlineData("G20summit")]
    [InlineData("3rd")]
    [InlineData("hyphen_ation")]
    [InlineData("hyphen@ation")]
    [InlineData("hyphen.ation")]
    [InlineData("hyphenation\U0001F30D")]
    [InlineData("hyph\U0001D41Enation")]
    [InlineData("Мурманскhyphenation")]
    [InlineData("hyphenation\u200D")]
    public void Words_with_digits_symbols_or_other_scripts_have_no_points(string word) =>
        Assert.Empty(English.BreakPoints(word));

    [Fact]
    public void A_word_in_another_script_has_no_points()
    {
        Assert.Empty(Russian.BreakPoints("hyphenation"));
        Assert.Empty(English.BreakPoints("безопасность"));
        Assert.Empty(Russian.BreakPoints("Mурманск"));
    }

    [Fact]
    public void Punctuation_around_a_word_is_left_out()
    {
        Assert.Equal("(hy-phen-ation),", American.Hyphenate("(hyphenation),"));
        Assert.Equal("«со-труд-ни-че-ство»", Russian.Hyphenate("«сотрудничество»"));
    }

    [Fact]
    public void Pieces_between_apostrophes_are_hyphenated_on_their_own()
    {
        Assert.Equal("gov-ern-ment's", English.Hyphenate("government's"));
        Assert.Equal("gov-ern-ment\u2019s", English.Hyphenate("government\u2019s"));
        Assert.Equal("gov-ern-ments'", English.Hyphenate("governments'"));
    }

    [Fact]
    public void Combining_marks_stay_with_their_letter()
    {
        // A stress mark is dropped for matching; the hyphen goes after it, never before it.
        var stressed = "безопа\u0301сность";
        Assert.Equal([3, 8], Russian.BreakPoints(stressed));
        Assert.Equal("без-опа\u0301с-ность", Russian.Hyphenate(stressed));

        // A decomposed й (и + combining breve) matches as й.
        var decomposed = "Росси\u0306ская";
        Assert.Equal("Рос-си\u0306-ская", Russian.Hyphenate(decomposed));
        Assert.Equal("Рос-сий-ская", Russian.Hyphenate("Российская"));

        Assert.Empty(Russian.BreakPoints("\u0301безопасность"));
    }

    [Fact]
    public void A_ten_thousand_letter_word_is_hyphenated_within_bounds()
    {
        var word = string.Concat(Enumerable.Repeat("samarbeid", 1200))[..10_000];
        var points = Bokmal.BreakPoints(word);
        Assert.True(points.Count > 2000, $"{points.Count} points");
        Assert.Equal(points.Order(), points);
        Assert.All(points, p => Assert.InRange(p, 2, word.Length - 2));

        Assert.Empty(English.BreakPoints(new string('x', 10_000) + "1"));
        Assert.Equal([5_000], English.BreakPoints(new string('x', 4_999) + "\u00AD" + new string('x', 5_000)));
    }
}
