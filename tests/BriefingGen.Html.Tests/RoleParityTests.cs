using System.Globalization;
using BriefingGen.Html.Css;
using BriefingGen.Html.Tests.Support;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Html.Tests;

/// <summary>Every stylesheet role looks in the page as it does in Word and the PDF: its font, size, colour, weight and slant come from the same look.</summary>
public class RoleParityTests
{
    public static TheoryData<string> Roles() => [.. ModelSamples.Input(ModelSamples.Of()).StyleSheet.Paragraphs.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Roles))]
    public void A_paragraph_in_a_role_wears_that_role_s_look(string role)
    {
        var look = ModelSamples.Input(ModelSamples.Of()).StyleSheet.Paragraph(role);
        var page = HtmlOutput.Page(ModelSamples.Of(new Paragraph([new Text("x")], role)));
        var rule = page[page.IndexOf($"\n.p-{role}{{", StringComparison.Ordinal)..];
        rule = rule[..rule.IndexOf('}', StringComparison.Ordinal)];

        Assert.Contains($"font-size:{CssDeclarations.Length(CssLooks.Px(look.Text.Size))}", rule, StringComparison.Ordinal);
        Assert.Contains($"color:#{look.Text.Color}", rule, StringComparison.Ordinal);
        Assert.Contains($"font-weight:{(look.Text.Bold ? "700" : "400")}", rule, StringComparison.Ordinal);
        Assert.Contains($"font-style:{(look.Text.Italic ? "italic" : "normal")}", rule, StringComparison.Ordinal);
        Assert.Contains($"font-family:{FontStacks.Quote(look.Text.Families[0])}", rule, StringComparison.Ordinal);
        Assert.Contains($"margin:{CssDeclarations.Length(CssLooks.Px(look.SpaceBefore))} ", rule, StringComparison.Ordinal);
        Assert.Contains($"line-height:{(look.LineSpacing * 1.2).ToString("0.##", CultureInfo.InvariantCulture)}", rule, StringComparison.Ordinal);
    }
}
