using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

/// <summary>A field's Markdown cannot add headings: the paper's structure, numbering and contents are the template's.</summary>
public class FieldHeadingTests
{
    [Fact]
    public void Heading_marks_in_a_field_are_printed_as_written_with_a_warning_and_add_no_heading()
    {
        const string data = "title: T\ndate: 2026-10-05\nsummary: \"Intro.\\n\\n# Injected\\n\\n###### six\\n\\nSetext\\n===\\n\"\npillars: [{name: P, summary: \"## Also injected\"}]\n";
        var plain = TestEngines.PolicyBrief.Render(DataSource.FromText("title: T\ndate: 2026-10-05\nsummary: Intro.\npillars: [{name: P}]\n", "plain.yaml"));
        var result = TestEngines.PolicyBrief.Render(DataSource.FromText(data, "inj.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        static List<string> Headings(BriefingResult r) => [.. r.Document!.Blocks.OfType<Heading>().Select(h => InlineText.Of(h.Content))];
        Assert.Equal(Headings(plain), Headings(result));

        var texts = result.Document!.Blocks.OfType<Paragraph>().Select(p => InlineText.Of(p.Content)).ToList();
        Assert.Contains("# Injected", texts);
        Assert.Contains("## Also injected", texts);
        var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning && d.Message.Contains("cannot add a heading", StringComparison.Ordinal)).ToList();
        Assert.Equal(["summary", "pillars[0].summary"], warnings.Select(w => w.DataPath));
        Assert.Equal(3, warnings[0].Location.Line);
    }
}
