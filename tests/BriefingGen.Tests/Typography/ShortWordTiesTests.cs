using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Typography;

namespace BriefingGen.Tests.Typography;

public class ShortWordTiesTests
{
    [Theory]
    [InlineData("сотрудничество в Баренцевом море", "сотрудничество в\u00A0Баренцевом море")]
    [InlineData("В Арктике и на море", "В\u00A0Арктике и\u00A0на море")]
    [InlineData("(к северу) «с Норвегией»", "(к\u00A0северу) «с\u00A0Норвегией»")]
    [InlineData("пункт а) и б)", "пункт а) и\u00A0б)")]
    [InlineData("во время", "во время")]
    public void A_one_letter_word_is_tied_to_the_next(string typed, string printed) =>
        Assert.Equal(printed, new ShortWordTies().Apply(typed));

    [Fact]
    public void A_letter_ending_one_text_ties_the_space_starting_the_next()
    {
        Inline[] paragraph = [new Text("Сотрудничество в"), new Strong([new Text(" Арктике")])];
        var tied = new ShortWordTies().Apply(paragraph);
        Assert.Equal("\u00A0Арктике", ((Text)((Strong)tied[1]).Content[0]).Value);
        Assert.Same(paragraph[0], tied[0]);
    }

    [Theory]
    [InlineData("ru-RU", true)]
    [InlineData("pl-PL", true)]
    [InlineData("cs-CZ", true)]
    [InlineData("en-GB", false)]
    [InlineData("nb-NO", false)]
    public void Only_languages_whose_typesetting_asks_for_it_tie_words(string culture, bool ties) =>
        Assert.Equal(ties, ShortWordTies.AppliesTo(CultureInfo.GetCultureInfo(culture)));
}
