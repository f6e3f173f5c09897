using BriefingGen.Styling;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Styling;

/// <summary>Which roles are hyphenated: running text is, what is read at a glance or copied as written is not.</summary>
public class HyphenationRoleTests
{
    private static StyleSheet Sheet => TestEngines.PolicyBrief.StyleSheet!;

    [Theory]
    [InlineData(StyleRoles.Body)]
    [InlineData(StyleRoles.TableText)]
    [InlineData(StyleRoles.TableHeader)]
    [InlineData(StyleRoles.CalloutText)]
    [InlineData(StyleRoles.Quote)]
    [InlineData(StyleRoles.Caption)]
    [InlineData(StyleRoles.Note)]
    public void Running_text_is_hyphenated(string role) => Assert.True(Sheet.Paragraph(role).Hyphenate, role);

    [Theory]
    [InlineData(StyleRoles.Title)]
    [InlineData(StyleRoles.Subtitle)]
    [InlineData("heading-1")]
    [InlineData("heading-3")]
    [InlineData(StyleRoles.TocHeading)]
    [InlineData("toc-1")]
    [InlineData(StyleRoles.Code)]
    [InlineData(StyleRoles.CalloutTitle)]
    [InlineData(StyleRoles.Header)]
    [InlineData(StyleRoles.Banner)]
    public void Headings_titles_contents_code_and_furniture_are_not(string role) => Assert.False(Sheet.Paragraph(role).Hyphenate, role);
}
