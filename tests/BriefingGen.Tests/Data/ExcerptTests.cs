using System.Text;
using BriefingGen.Data;

namespace BriefingGen.Tests.Data;

/// <summary>Every message quotes what a user wrote through one cut, which never splits a character.</summary>
public class ExcerptTests
{
    [Theory]
    [InlineData("", 10, "")]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("eleven char", 10, "eleven ch…")]
    public void Text_longer_than_the_length_keeps_its_start_and_an_ellipsis_within_the_length(string text, int length, string expected)
    {
        Assert.Equal(expected, Excerpt.Of(text, length));
        Assert.True(Excerpt.Of(text, length).Length <= length);
    }

    [Fact]
    public void An_emoji_on_the_cut_is_left_out_whole_rather_than_halved()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var text = "abcdefgh\U0001F30D\U0001F30D\U0001F30D";
        for (var length = 2; length < text.Length; length++)
        {
            var excerpt = Excerpt.Of(text, length);
            Assert.True(excerpt.Length <= length, excerpt);
            Assert.EndsWith("…", excerpt);

            // A lone surrogate cannot be encoded; the strict encoder throws on one.
            Assert.Equal(excerpt, strict.GetString(strict.GetBytes(excerpt)));
        }
    }
}
