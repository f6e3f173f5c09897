using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

/// <summary>
/// A pipe table written straight after a line of text, with no blank line between, is a table,
/// as on GitHub: it ends the paragraph. Its rows are never lost, and lines after it keep their
/// numbers in messages.
/// </summary>
public class TableAfterTextTests
{
    [Theory]
    [InlineData("Before.\n| A | B |\n|---|---|\n| 1 | 2 |\nAfter.\n")]
    [InlineData("Before.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nAfter.\n")]
    [InlineData("Before.\n   | A | B |\n   |---|---|\n   | 1 | 2 |\n\nAfter.\n")]
    public void The_table_stands_between_the_paragraphs_around_it(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var blocks = PaperReader.Read(markdown, new SlotTable(), new ImageLoader([]), "test.sbn", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Collection(
            blocks,
            b => Assert.Equal("Before.", InlineText.Of(Assert.IsType<Paragraph>(b).Content)),
            b => Assert.Equal(["1", "2"], Assert.IsType<Table>(b).BodyRows.Single().Cells.Select(c => InlineText.Of(c.Blocks))),
            b => Assert.Equal("After.", InlineText.Of(Assert.IsType<Paragraph>(b).Content)));
    }

    [Fact]
    public void A_table_in_a_list_item_after_its_text_stays_in_the_item()
    {
        var diagnostics = new DiagnosticBag();
        var blocks = PaperReader.Read("- Item\n  | A |\n  |---|\n  | 1 |\n", new SlotTable(), new ImageLoader([]), "test.sbn", diagnostics);

        Assert.Empty(diagnostics.Items);
        var item = Assert.Single(Assert.IsType<ListBlock>(Assert.Single(blocks)).Items);
        Assert.IsType<Table>(item.Blocks[^1]);
    }

    [Fact]
    public void A_message_after_the_table_keeps_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("brief.yaml", "title: T\ndate: 2026-10-05\nsummary: |\n  Before.\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n\n  See [x](javascript:y).\npillars: [{name: P}]\n");

        var result = TestEngines.PolicyBrief.Render(DataSource.FromFile(path), "md");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(ModelWalker.All(result.Document!.Blocks).OfType<Table>(), t => t.BodyRows.Count == 1 && t.HeaderRows[0].Cells.Count == 2);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((9, 7), (warning.Location.Line, warning.Location.Column));
    }
}
