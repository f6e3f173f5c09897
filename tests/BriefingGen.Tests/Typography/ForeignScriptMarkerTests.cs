using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Typography;

namespace BriefingGen.Tests.Typography;

public class ForeignScriptMarkerTests
{
    private static List<(string Text, string? Language)> Mark(string culture, params Inline[] inlines) =>
        new ForeignScriptMarker(CultureInfo.GetCultureInfo(culture)).Apply(inlines).OfType<Text>().Select(t => (t.Value, t.Language)).ToList();

    [Fact]
    public void A_word_in_another_script_is_split_off_and_marked_with_its_language() =>
        Assert.Equal(
            [("Talks in ", null), ("Мурманск", "ru-RU"), (" and ", null), ("Архангельск (\u201CМурманская область", "ru-RU"), ("\u201D), ", null), ("北极", "zh-CN"), (" ", null), ("שלום", "he-IL"), (".", null)],
            Mark("en-GB", new Text("Talks in Мурманск and Архангельск (\u201CМурманская область\u201D), 北极 שלום.")));

    [Fact]
    public void The_paper_languages_own_script_is_not_marked_and_the_latin_in_a_russian_paper_is()
    {
        Assert.Equal([("Норвегия и ", null), ("NATO", "en-GB"), (": 2026", null)], Mark("ru-RU", new Text("Норвегия и NATO: 2026")));
        Assert.Equal([("東京とひらがな", null)], Mark("ja-JP", new Text("東京とひらがな")));
        Assert.Equal([("Utenriksdepartementet, Tromsø", null)], Mark("nb-NO", new Text("Utenriksdepartementet, Tromsø")));
    }

    [Fact]
    public void Text_of_the_papers_own_script_stays_the_same_object_and_marks_reach_inside_bold_text()
    {
        var plain = new Text("Plain English, with accents: café");
        var marked = new ForeignScriptMarker(CultureInfo.GetCultureInfo("en-GB")).Apply([plain, new Strong([new Text("Мурманск")])]);
        Assert.Same(plain, marked[0]);
        Assert.Equal("ru-RU", Assert.IsType<Text>(Assert.Single(Assert.IsType<Strong>(marked[1]).Content)).Language);
    }

    [Theory]
    [InlineData("en-GB", "en-GB", "zh-CN", "ar-SA")]
    [InlineData("ru-RU", "ru-RU", "zh-CN", "ar-SA")]
    [InlineData("ar-EG", "en-GB", "zh-CN", "ar-EG")]
    [InlineData("ja-JP", "en-GB", "ja-JP", "ar-SA")]
    public void Each_slot_has_a_language_of_its_own(string culture, string western, string eastAsian, string complex) =>
        Assert.Equal((western, eastAsian, complex), Scripts.SlotLanguages(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Text_that_changes_script_every_letter_is_split_a_bounded_number_of_times()
    {
        var noise = string.Concat(Enumerable.Repeat("aЖ", 100_000));
        var marked = Mark("en-GB", new Text(noise));
        Assert.InRange(marked.Count, 2, 600);
        Assert.Equal(noise, string.Concat(marked.Select(m => m.Text)));
    }
}
