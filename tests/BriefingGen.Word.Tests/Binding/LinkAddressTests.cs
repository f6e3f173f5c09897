using BriefingGen.Word.Binding;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>One address in its spellings reads as one Markdown destination; different addresses stay different.</summary>
public class LinkAddressTests
{
    [Theory]
    [InlineData("http://example.com/%281%29", "http://example.com/(1)")]
    [InlineData("https://example.org/s%C3%B8k?q=%D0%BD%D0%B5%D1%84%D1%82%D1%8C", "https://example.org/søk?q=нефть")]
    [InlineData("https://example.org/a%2fb", "https://example.org/a%2Fb")]
    [InlineData("https://example.org/%7Euser/%61", "https://example.org/~user/a")]
    public void Spellings_of_one_address_read_the_same(string one, string other)
    {
        Assert.Equal(LinkAddress.ForMarkdown(one), LinkAddress.ForMarkdown(other));
    }

    [Theory]
    [InlineData("https://example.org/a%2Fb", "https://example.org/a/b")]
    [InlineData("https://example.org/?q=a%26b", "https://example.org/?q=a&b")]
    [InlineData("https://example.org/%25", "https://example.org/%")]
    public void Escapes_that_change_the_address_are_kept(string one, string other)
    {
        Assert.NotEqual(LinkAddress.ForMarkdown(one), LinkAddress.ForMarkdown(other));
    }

    [Fact]
    public void What_a_Markdown_destination_cannot_hold_is_escaped_and_a_broken_escape_is_kept()
    {
        Assert.Equal("https://example.org/a%20b%28c%29%3Cd%3E", LinkAddress.ForMarkdown("https://example.org/a b(c)<d>"));
        Assert.Equal("https://example.org/%E2%28%FF%2", LinkAddress.ForMarkdown("https://example.org/%e2%28%ff%2"));
    }
}
