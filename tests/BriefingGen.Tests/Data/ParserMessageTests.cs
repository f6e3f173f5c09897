using BriefingGen.Data;

namespace BriefingGen.Tests.Data;

/// <summary>A syntax error quotes no more of the file than it needs to name the trouble.</summary>
public class ParserMessageTests
{
    [Fact]
    public void A_JSON_error_does_not_print_the_rest_of_the_file()
    {
        var text = "{\"title\": this is not json password=topsecret " + new string('x', 100_000) + "}";
        var result = DataLoader.Parse(text, "bad.json");
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("JSON syntax error", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300, error.Message);
        Assert.Equal((1, 12), (error.Location.Line, error.Location.Column));
    }
}
