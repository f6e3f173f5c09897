using BriefingGen.Model;

namespace BriefingGen.Tests.Templates;

public class BriefFunctionsTests
{
    private static string Compose(string template, string language, string labels = "long_date_format: \"d MMMM yyyy\"\n")
    {
        using var pack = new TestPack(template, "greeting: Hello\n" + labels);
        var result = pack.Render($"language: {language}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Document!.Blocks));
        return string.Concat(paragraph.Content.OfType<Text>().Select(t => t.Value));
    }

    [Theory]
    [InlineData("en-GB", "d MMMM yyyy", "5 October 2026")]
    [InlineData("nb-NO", "d. MMMM yyyy", "5. oktober 2026")]
    [InlineData("ru-RU", "d MMMM yyyy 'г.'", "5 октября 2026 г.")]
    public void Long_dates_follow_the_documents_language(string language, string format, string expected) =>
        Assert.Equal(expected, Compose("{{ long_date \"2026-10-05\" }}\n", language, $"long_date_format: \"{format}\"\n"));

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    public void Dates_are_Gregorian_whatever_the_languages_own_calendar(string language)
    {
        // Before, 5 October 2026 printed as a day of 1448 (Umm al-Qura), 1405 (Persian) or 2569 (Buddhist).
        var date = Compose("{{ long_date \"2026-10-05\" }}\n", language, "long_date_format: \"d MMMM yyyy\"\n");
        Assert.StartsWith("5 ", date, StringComparison.Ordinal);
        Assert.EndsWith(" 2026", date, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", ",", ".")]
    [InlineData("nb-NO", null, ",")]
    public void Numbers_use_the_cultures_separators(string language, string? group, string decimalMark)
    {
        // Norwegian groups with a no-break space whose exact code point depends on the ICU version.
        group ??= System.Globalization.CultureInfo.GetCultureInfo(language).NumberFormat.NumberGroupSeparator;
        Assert.Equal($"1{group}234{decimalMark}5", Compose("{{ number 1234.5 }}\n", language));
    }

    [Theory]
    [InlineData("-1e-300", "0")]
    [InlineData("-0.0", "0.0")]
    [InlineData("123456789012345678901234567890", "1.23456789012346E+29")]
    [InlineData("1e308", "1E+308")]
    [InlineData("999999999999999", "999,999,999,999,999")]
    public void A_number_from_the_data_prints_no_minus_zero_and_no_made_up_digits(string yaml, string expected)
    {
        // Before, -1e-300 printed as -0, and 1e308 as 309 digits, most of them made up.
        using var pack = new TestPack("{{ number data.value }}\n", "greeting: Hello\n");
        var result = pack.Render($"value: {yaml}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Document!.Blocks));
        Assert.Equal(expected, string.Concat(paragraph.Content.OfType<Text>().Select(t => t.Value)));
    }

    [Theory]
    [InlineData("en-GB", "three")]
    [InlineData("nb-NO", "tre")]
    [InlineData("ru-RU", "три")]
    public void Numbers_in_words_come_in_the_documents_language(string language, string expected) =>
        Assert.Equal(expected, Compose("{{ number_words 3 }}\n", language));

    [Theory]
    [InlineData("{{ toc }}", "Contents", 2)]
    [InlineData("{{ toc \"Inhold\" }}", "Inhold", 2)]
    [InlineData("{{ toc \"In brief\" 3 }}", "In brief", 3)]
    public void Optional_arguments_left_out_take_their_defaults(string template, string title, int depth)
    {
        using var pack = new TestPack(template + "\n\n# Heading\n");
        var result = pack.Render("title: x\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var toc = Assert.IsType<TableOfContents>(result.Document!.Blocks.First());
        Assert.Equal((title, depth), (InlineText.Of(toc.Title), toc.MaxLevel));
    }

    [Theory]
    [InlineData("https://www.regjeringen.no/en/", "regjeringen.no/en")]
    [InlineData("http://hi.no", "hi.no")]
    [InlineData("mailto:post@mfa.no", "post@mfa.no")]
    [InlineData("https://www.regjeringen.no/en/documents/treaty-between-norway-and-russia/id614254/?q=1", "regjeringen.no/en/documents/\u2026")]
    [InlineData("https://example.org/a%20b/c", "example.org/a b/c")]
    [InlineData("not a url", "not a url")]
    [InlineData("https://example.org/a%00b%07c", "example.org/abc")]
    public void Short_urls_print_the_address_without_its_scheme(string url, string expected) =>
        Assert.Equal(expected, Compose($"{{{{ short_url \"{url}\" }}}}\n", "en-GB"));

    [Fact]
    public void Links_only_to_web_and_mail_addresses()
    {
        using var pack = new TestPack("{{ link 'Site' 'https://example.org/a b' }} {{ link 'Bad' 'javascript:alert(1)' }}\n");
        var paragraph = (Paragraph)pack.Render("title: x\n").Document!.Blocks.First();
        var link = Assert.IsType<Link>(paragraph.Content[0]);
        Assert.Equal("https://example.org/a%20b", link.Target);
        Assert.DoesNotContain(paragraph.Content, i => i is Link { Target: var t } && t.StartsWith("javascript", StringComparison.Ordinal));
        Assert.Contains("Bad", string.Concat(paragraph.Content.OfType<Text>().Select(t => t.Value)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Åker, apple, Ørret, Zebra")]
    [InlineData("nb-NO", "apple, Zebra, Ørret, Åker")]
    [InlineData("sv-SE", "apple, Zebra, Åker, Ørret")]
    public void Sort_text_orders_words_as_the_papers_language_does(string language, string expected)
    {
        var template = "{{ for t in (array.sort_text data.terms \"term\") }}{{ if !for.first }}, {{ end }}{{ t.term }}{{ end }}\n";
        using var pack = new TestPack(template, "greeting: Hello\nlong_date_format: \"d MMMM yyyy\"\n");
        var result = pack.Render($"language: {language}\nterms:\n  - term: Åker\n  - term: Zebra\n  - term: Ørret\n  - term: apple\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Document!.Blocks));
        Assert.Equal(expected, string.Concat(paragraph.Content.OfType<Text>().Select(t => t.Value)));
    }

    [Fact]
    public void A_formatted_data_value_keeps_its_origin()
    {
        using var pack = new TestPack("{{ long_date data.date }} {{ number_words data.count }}\n");
        var paragraph = (Paragraph)pack.Render("date: \"2026-10-05\"\ncount: 3\n").Document!.Blocks.First();
        var texts = paragraph.Content.OfType<Text>().Where(t => t.Origin is not null).ToList();
        Assert.Equal([("date", "5 October 2026"), ("count", "three")], texts.Select(t => (t.Origin!.Path, t.Value)));
        Assert.Equal((1, 7), (texts[0].Origin!.Location.Line, texts[0].Origin!.Location.Column));
    }

    [Theory]
    [InlineData("2.0", "nb-NO", "2,0")]
    [InlineData("2.50", "en-GB", "2.50")]
    [InlineData("0.125", "en-GB", "0.125")]
    [InlineData("1234.5", "nb-NO", "1\u00A0234,5")]
    [InlineData("7", "en-GB", "7")]
    public void A_number_from_the_data_prints_with_the_decimals_it_was_written_with(string written, string language, string expected)
    {
        using var pack = new TestPack("{{ number data.value }} {{ data.value }}\n");
        var result = pack.Render($"language: {language}\nvalue: {written}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = string.Concat(((Paragraph)result.Document!.Blocks.First()).Content.OfType<Text>().Select(t => t.Value));
        var printed = System.Text.RegularExpressions.Regex.Unescape(expected);
        Assert.Equal($"{printed} {printed}", text.Replace('\u202F', '\u00A0'));
    }

    [Fact]
    public void A_computed_number_prints_with_at_most_two_decimals() =>
        Assert.Equal("0.33", Compose("{{ 1.0 / 3 }}\n", "en-GB"));

    [Theory]
    [InlineData("ru-RU", "d MMMM yyyy 'г.'", "Доклад, 5 октября 2026 г. Далее.")]
    [InlineData("en-GB", "d MMMM yyyy", "Доклад, 5 October 2026. Далее.")]
    public void A_value_that_ends_with_a_stop_takes_the_place_of_the_templates_stop(string language, string format, string expected)
    {
        using var pack = new TestPack("{{ data.title }}, {{ long_date data.date }}. Далее.\n", $"greeting: Hello\nlong_date_format: \"{format}\"\n");
        var result = pack.Render($"language: {language}\ntitle: Доклад\ndate: \"2026-10-05\"\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(expected, InlineText.Of(((Paragraph)result.Document!.Blocks.First()).Content));
    }

    [Theory]
    [InlineData("Is NATO enough?", "Is NATO enough?")]
    [InlineData("Wait…", "Wait…")]
    [InlineData("Plain", "Plain.")]
    public void A_title_that_ends_a_sentence_is_not_given_a_second_stop(string title, string expected)
    {
        using var pack = new TestPack("{{ data.title }}.\n");
        var result = pack.Render($"title: \"{title}\"\n");
        Assert.Equal(expected, InlineText.Of(((Paragraph)result.Document!.Blocks.First()).Content));
    }

    [Fact]
    public void Dates_outside_a_cultures_own_calendar_fall_back_to_the_gregorian_calendar()
    {
        var text = Compose("{{ long_date \"2100-01-01\" }}\n", "ar-SA");
        Assert.Contains("2100", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_in_words_beyond_what_words_can_say_are_an_error_not_a_crash()
    {
        using var pack = new TestPack("{{ number_words -9223372036854775808 }}\n");
        var error = Assert.Single(pack.Render("title: x\n").Diagnostics);
        Assert.Contains("number_words", error.Message, StringComparison.Ordinal);
    }
}
