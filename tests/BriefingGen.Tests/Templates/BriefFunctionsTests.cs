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
    [InlineData("en-GB", ",", ".")]
    [InlineData("nb-NO", null, ",")]
    public void Numbers_use_the_cultures_separators(string language, string? group, string decimalMark)
    {
        // Norwegian groups with a no-break space whose exact code point depends on the ICU version.
        group ??= System.Globalization.CultureInfo.GetCultureInfo(language).NumberFormat.NumberGroupSeparator;
        Assert.Equal($"1{group}234{decimalMark}5", Compose("{{ number 1234.5 }}\n", language));
    }

    [Theory]
    [InlineData("en-GB", "three")]
    [InlineData("nb-NO", "tre")]
    [InlineData("ru-RU", "три")]
    public void Numbers_in_words_come_in_the_documents_language(string language, string expected) =>
        Assert.Equal(expected, Compose("{{ number_words 3 }}\n", language));

    [Theory]
    [InlineData(1, "low")]
    [InlineData(4, "low")]
    [InlineData(5, "medium")]
    [InlineData(9, "medium")]
    [InlineData(10, "high")]
    [InlineData(16, "high")]
    [InlineData(20, "critical")]
    [InlineData(25, "critical")]
    public void Risk_bands_follow_the_score_boundaries(int score, string band) =>
        Assert.Equal(band, Compose($"{{{{ risk_band {score} }}}}\n", "en-GB"));

    [Fact]
    public void Risks_sort_by_score_and_keep_data_order_on_ties()
    {
        var template = "{{ for r in sort_risks [{id: 'A', likelihood: 2, impact: 2}, {id: 'B', likelihood: 5, impact: 4}, {id: 'C', likelihood: 4, impact: 1}, {id: 'D', likelihood: 1, impact: 4}] }}{{ r.id }}{{ end }}\n";
        Assert.Equal("BACD", Compose(template, "en-GB"));
    }

    [Fact]
    public void Links_only_to_web_and_mail_addresses()
    {
        using var pack = new TestPack("{{ link 'Site' 'https://example.org/a b' }} {{ link 'Bad' 'javascript:alert(1)' }}\n");
        var paragraph = (Paragraph)pack.Render("title: x\n").Document!.Blocks[0];
        var link = Assert.IsType<Link>(paragraph.Content[0]);
        Assert.Equal("https://example.org/a%20b", link.Target);
        Assert.DoesNotContain(paragraph.Content, i => i is Link { Target: var t } && t.StartsWith("javascript", StringComparison.Ordinal));
        Assert.Contains("Bad", string.Concat(paragraph.Content.OfType<Text>().Select(t => t.Value)), StringComparison.Ordinal);
    }
}
