using System.Globalization;
using BriefingGen.Typography;

namespace BriefingGen.Tests.Typography;

public class CultureCasingTests
{
    [Theory]
    [InlineData("en-GB")]
    [InlineData("nb-NO")]
    [InlineData("ru-RU")]
    [InlineData("el-GR")]
    [InlineData("lt-LT")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("")]
    public void Every_character_is_lowered_as_the_culture_lowers_it(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var casing = CultureCasing.Of(culture);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                Assert.True(culture.TextInfo.ToLower((char)c) == casing.ToLower((char)c), $"U+{c:X4} in '{name}'");
            }
        }
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("nb-NO")]
    [InlineData("ru-RU")]
    [InlineData("el-GR")]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("")]
    public void Text_is_raised_as_the_culture_raises_it(string name)
    {
        const string text = "draft straße ǆ ﬁ Ωμέγα Мурманск 😀𐐨 ıİ iI æøå";
        var culture = CultureInfo.GetCultureInfo(name);

        Assert.Equal(text.ToUpper(culture), CultureCasing.Of(culture).ToUpper(text));
    }

    [Fact]
    public void A_language_NET_does_not_know_is_cased_as_the_invariant_culture_does()
    {
        Assert.Equal("DRAFT", CultureCasing.Of("x-no-such-language-at-all").ToUpper("draft"));
    }
}
