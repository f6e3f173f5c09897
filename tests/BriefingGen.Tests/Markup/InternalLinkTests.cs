using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

/// <summary>
/// A link into the paper (#id) leads to a heading or an exhibit, forward or back; one that leads
/// nowhere is told where it is written, since every format prints it as plain text.
/// </summary>
public class InternalLinkTests
{
    private static (List<Block> Blocks, DiagnosticBag Diagnostics) Read(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        return (PaperReader.Read(markdown, new SlotTable(), new ImageLoader([]), "test.sbn", diagnostics), diagnostics);
    }

    [Fact]
    public void Links_to_headings_before_and_after_them_and_to_exhibits_are_quiet()
    {
        var (blocks, diagnostics) = Read("""
            # Start

            See [the end](#the-end), [the start](#start), [the named one](#own) and [the table](#costs).

            # Named {#own}

            ::: exhibit costs Costs
            | A |
            |---|
            | 1 |
            :::

            # The end
            """);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(4, ModelWalker.All(blocks).OfType<Link>().Count());
        Assert.Superset(new HashSet<string> { "the-end", "start", "own", "costs" }, ModelWalker.AnchorIds(blocks));
    }

    [Fact]
    public void A_link_to_an_id_nothing_has_is_warned_about_where_it_is_written()
    {
        var (_, diagnostics) = Read("# Start\n\nSee [here](#nowhere) and [there](#start).\n");

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((3, 5), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("the link to \"#nowhere\" leads to no heading or exhibit of the paper, so only its text is printed", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_a_field_to_an_id_nothing_has_is_warned_about_at_its_line_and_column()
    {
        using var folder = new TempFolder();
        var path = folder.Write("brief.yaml", "title: T\ndate: 2026-10-05\nsummary: |\n  See [the pillars](#policy-pillars)\n  and [the void](#void).\npillars: [{name: P}]\n");

        var result = TestEngines.PolicyBrief.Render(DataSource.FromFile(path), "md");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("leads to no heading", StringComparison.Ordinal));
        Assert.Equal((path, 5, 7, "summary"), (warning.Location.File, warning.Location.Line, warning.Location.Column, warning.DataPath));
        Assert.Contains("\"#void\"", warning.Message, StringComparison.Ordinal);
    }
}
