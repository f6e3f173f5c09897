using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Data;

/// <summary>A message says what was found in words that tell it apart from what was expected.</summary>
public class DescribeTests
{
    [Theory]
    [InlineData("", ScalarKind.String, "empty text")]
    [InlineData("  ", ScalarKind.String, "empty text")]
    [InlineData("x", ScalarKind.String, "text")]
    [InlineData("99", ScalarKind.Integer, "the whole number 99")]
    [InlineData("2.5", ScalarKind.Number, "the number 2.5")]
    [InlineData("123456789012345678901234567890", ScalarKind.Integer, "a whole number")]
    public void A_value_is_described_by_what_it_is(string text, ScalarKind kind, string expected) =>
        Assert.Equal(expected, new DataScalar(SourceLocation.OfFile("d.yaml"), text, kind).Describe());
}
