using BriefingGen.Html.PlainText;
using BriefingGen.Html.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Html.Tests;

/// <summary>The plain-text alternative reads well: underlined headings, list markers, links with their addresses, notes at the end.</summary>
public class PlainTextTests
{
    private static readonly string EveryKind = HtmlOutput.Plain(ModelSamples.EveryKind());
    private static readonly string[] Sample = HtmlOutput.Plain(HtmlOutput.Sample).Split('\n');

    [Fact]
    public void Headings_are_underlined_as_long_as_they_are()
    {
        var at = Array.IndexOf(Sample, "1 Summary");
        Assert.Equal("=========", Sample[at + 1]);
        var second = Array.FindIndex(Sample, l => l.StartsWith("3.1 ", StringComparison.Ordinal));
        Assert.Equal(new string('-', Sample[second].Length), Sample[second + 1]);
    }

    [Fact]
    public void Lists_have_markers_and_their_lines_hang_under_the_text()
    {
        var bullet = Array.FindIndex(Sample, l => l.StartsWith("• Take part in NATO", StringComparison.Ordinal));
        Assert.True(bullet > 0);
        Assert.StartsWith("  ", Sample[bullet + 1], StringComparison.Ordinal);
        Assert.Contains(Sample, l => l.StartsWith("1. Confirm publicly", StringComparison.Ordinal));
        Assert.Contains("• bullet\n  3. nested", EveryKind, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_show_their_address_and_notes_come_at_the_end()
    {
        Assert.Contains("web <https://example.org>", EveryKind, StringComparison.Ordinal);
        Assert.Contains("internal", EveryKind, StringComparison.Ordinal);
        Assert.DoesNotContain("<#second>", EveryKind, StringComparison.Ordinal);
        Assert.Contains("is][1]", EveryKind, StringComparison.Ordinal);
        var notes = EveryKind.IndexOf("Notes\n-----\n\n[1] A footnote.", StringComparison.Ordinal);
        Assert.True(notes > EveryKind.IndexOf("A figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_are_wrapped_at_72_characters()
    {
        Assert.All(Sample.Where(l => !l.Contains('<', StringComparison.Ordinal)), l => Assert.True(l.Length <= PlainTextWriter.Width, l));
    }

    [Fact]
    public void Tables_are_labelled_rows_and_the_marking_opens_and_closes_the_text()
    {
        Assert.Contains("- Fisheries", Sample);
        Assert.Contains("  Status: Active", Sample);
        Assert.Equal("RESTRICTED", Sample[0]);
        Assert.Equal("RESTRICTED", Sample[^2]);
    }
}
