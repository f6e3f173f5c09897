using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Typography;

namespace BriefingGen.Tests.Typography;

public class SmartPunctuationTests
{
    private static readonly PunctuationStyle English = PunctuationStyle.For(CultureInfo.GetCultureInfo("en-GB"));
    private static readonly PunctuationStyle Norwegian = PunctuationStyle.For(CultureInfo.GetCultureInfo("nb-NO"));
    private static readonly PunctuationStyle Russian = PunctuationStyle.For(CultureInfo.GetCultureInfo("ru-RU"));

    private static string Set(string text, PunctuationStyle? style = null) => new SmartPunctuation(style ?? English).Apply(text);

    [Theory]
    [InlineData("Norway's \"two pillars\"", "Norway\u2019s \u201Ctwo pillars\u201D")]
    [InlineData("He said \"the 'red line' holds\".", "He said \u201Cthe \u2018red line\u2019 holds\u201D.")]
    [InlineData("The states' interests", "The states\u2019 interests")]
    [InlineData("Since the '90s", "Since the \u201990s")]
    [InlineData("(\"quoted\")", "(\u201Cquoted\u201D)")]
    [InlineData("rock'n'roll", "rock\u2019n\u2019roll")]
    public void English_quotes_and_apostrophes_follow_context_and_nesting(string typed, string printed) =>
        Assert.Equal(printed, Set(typed));

    [Theory]
    [InlineData("fisheries - and nuclear safety", "fisheries\u00A0\u2013 and nuclear safety")]
    [InlineData("pages 10--16", "pages 10\u201316")]
    [InlineData("a pause---then", "a pause\u2014then")]
    [InlineData("and so on...", "and so on\u2026")]
    [InlineData("use --out for the folder", "use --out for the folder")]
    [InlineData("2026-10-05 and POL-2026-0412", "2026-10-05 and POL-2026-0412")]
    [InlineData("pre-dates and -5 degrees", "pre-dates and -5 degrees")]
    [InlineData("a rule ---- here, and four dots....", "a rule ---- here, and four dots....")]
    public void Dashes_and_dots_become_the_typographic_characters_only_where_they_stand_for_them(string typed, string printed) =>
        Assert.Equal(printed, Set(typed));

    [Theory]
    [InlineData("годы -- до 2030", "годы\u00A0\u2014 до 2030")]
    [InlineData("годы - до 2030", "годы\u00A0\u2014 до 2030")]
    [InlineData("годы --- до 2030", "годы \u2014 до 2030")]
    public void Russian_sets_a_spaced_double_hyphen_as_its_em_dash(string typed, string printed) =>
        Assert.Equal(printed, Set(typed, Russian));

    [Fact]
    public void English_sets_a_spaced_double_hyphen_as_its_spaced_en_dash() =>
        Assert.Equal("fisheries\u00A0\u2013 and safety", Set("fisheries -- and safety"));

    [Fact]
    public void Norwegian_uses_guillemets_with_single_quotes_inside() =>
        Assert.Equal("Han sa \u00ABdet er \u2018rødt\u2019\u00BB \u2013 igjen", Set("Han sa \"det er 'rødt'\" - igjen", Norwegian).Replace("\u00A0", " ", StringComparison.Ordinal));

    [Fact]
    public void A_host_name_without_a_path_is_prose_and_its_sentence_is_set() =>
        Assert.Equal("Norway.no\u00A0\u2013 \u201Cthe site\u201D", Set("Norway.no - \"the site\""));

    [Fact]
    public void Russian_nests_low_quotes_inside_guillemets_and_sets_a_spaced_em_dash() =>
        Assert.Equal("Он сказал \u00ABэто \u201Eкрасная линия\u201C\u00BB\u00A0\u2014 снова", Set("Он сказал \"это \"красная линия\"\" - снова", Russian));

    [Theory]
    [InlineData("see https://www.regjeringen.no/en/--x/it's...")]
    [InlineData("write to post-mottak@ud.dep.no")]
    [InlineData("www.example.org/a--b")]
    [InlineData("shown as example.org/a--b/it's...x---y")]
    [InlineData("at regjeringen.no:8080/en/'x'--y")]
    public void Web_and_mail_addresses_stay_as_written(string address) =>
        Assert.Contains(address.Split(' ')[^1], Set(address), StringComparison.Ordinal);

    [Fact]
    public void A_quotation_pairs_across_bold_text_and_code_is_untouched()
    {
        Inline[] paragraph = [new Text("The \""), new Strong([new Text("red line")]), new Text("\" and "), new Code("\"x\" -- 'y'"), new Text(" don't")];
        var set = new SmartPunctuation(English).Apply(paragraph);
        Assert.Equal("The \u201Cred line\u201D and \"x\" -- 'y' don\u2019t", InlineText.Of(set));
        Assert.Same(paragraph[3], set[3]);
    }

    [Fact]
    public void Text_with_nothing_to_set_is_the_same_object()
    {
        var text = new Text("Plain words, no marks");
        Assert.Same(text, Assert.Single(new SmartPunctuation(English).Apply([text])));
    }

    [Fact]
    public void A_second_pass_changes_nothing()
    {
        var once = Set("\"A\" - 'b' -- c... it's");
        Assert.Equal(once, Set(once));
    }

    [Fact]
    public void Each_paragraph_starts_with_no_quotation_open()
    {
        var smart = new SmartPunctuation(English);
        _ = smart.Apply("an \"unclosed quotation");
        Assert.Equal("\u201Cnew\u201D", smart.Apply("\"new\""));
    }

    [Fact]
    public void A_field_of_opening_quotes_then_closing_ones_takes_linear_time()
    {
        // Single quotes opened and never closed, then double quotes closed that never opened.
        var hostile = string.Concat(Enumerable.Repeat(" 'a", 600_000)) + string.Concat(Enumerable.Repeat("b\" ", 600_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var set = Set(hostile);
        Assert.Equal(hostile.Length, set.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_long_run_of_letters_with_no_space_is_not_searched_for_addresses_at_every_letter()
    {
        var hostile = new string('\u0E01', 250_000) + "... - it's";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.EndsWith("\u2026\u00A0\u2013 it\u2019s", Set(hostile), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('\'')]
    public void A_field_of_one_punctuation_mark_repeated_takes_linear_time(char mark)
    {
        var hostile = "a " + new string(mark, 500_000) + " b";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(hostile.Length, Set(hostile).Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
