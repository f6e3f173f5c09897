using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;

namespace BriefingGen.Tests.Markup;

/// <summary>Exhibits: numbered captions in document order, cross-references by id, and the mistakes that must not print silently.</summary>
public class ExhibitTests
{
    private const string TwoExhibits = """
        As [](#costs) shows, acting together is cheaper; [](#calls) shows the traffic.

        :::: exhibit calls Port calls by year
        | Year | Calls |
        |---|---:|
        | 2021 | 2140 |

        ::: exhibit-source
        Source: port registers
        :::
        ::::

        # Costs

        :::: exhibit costs Costs of acting alone and together
        | Measure | NOK m |
        |---|---:|
        | Depots | 118 |
        ::::
        """;

    private static List<Block> Read(string markdown, DiagnosticBag diagnostics, string label = "Exhibit") =>
        PaperReader.Read(markdown, new SlotTable(), new ImageLoader([]), "test.sbn", diagnostics, exhibitLabel: label);

    [Fact]
    public void Exhibits_are_numbered_in_order_with_anchored_captions_above_their_content_and_source()
    {
        var diagnostics = new DiagnosticBag();
        var blocks = Read(TwoExhibits, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var captions = blocks.OfType<Paragraph>().Where(p => p.Role == ParagraphRoles.ExhibitTitle).ToList();
        Assert.Equal(["Exhibit\u00A01: Port calls by year", "Exhibit\u00A02: Costs of acting alone and together"], captions.Select(c => InlineText.Of(c.Content)));
        Assert.Equal(["calls", "costs"], captions.Select(c => c.Anchor));

        var first = blocks.IndexOf(captions[0]);
        Assert.IsType<Table>(blocks[first + 1]);
        var source = Assert.IsType<Paragraph>(blocks[first + 2]);
        Assert.Equal("exhibit-source", source.Role);
        Assert.Equal("Source: port registers", InlineText.Of(source.Content));
    }

    [Fact]
    public void A_link_with_no_text_names_its_exhibit_even_before_the_exhibit_comes()
    {
        var diagnostics = new DiagnosticBag();
        var opening = Assert.IsType<Paragraph>(Read(TwoExhibits, diagnostics)[0]);

        var links = opening.Content.OfType<Link>().ToList();
        Assert.Equal(["#costs", "#calls"], links.Select(l => l.Target));
        Assert.Equal(["Exhibit\u00A02", "Exhibit\u00A01"], links.Select(l => InlineText.Of(l.Content)));
    }

    [Fact]
    public void The_word_for_an_exhibit_comes_from_the_papers_language()
    {
        var blocks = Read(TwoExhibits, new DiagnosticBag(), label: "Figur");
        Assert.StartsWith("Figur\u00A01: ", InlineText.Of(blocks.OfType<Paragraph>().First(p => p.Anchor == "calls").Content));
    }

    [Fact]
    public void A_heading_never_takes_an_exhibits_id()
    {
        var blocks = Read("# Costs\n\n:::: exhibit costs The costs\nText\n::::\n", new DiagnosticBag());
        Assert.Equal("costs-1", Assert.IsType<Heading>(blocks[0]).Id);
        Assert.Equal("costs", blocks.OfType<Paragraph>().Single(p => p.Anchor is not null).Anchor);
    }

    [Theory]
    [InlineData("See [](#nowhere).\n", "no exhibit has the id \"nowhere\"")]
    [InlineData(":::: exhibit Port calls\nText\n::::\n", "an exhibit needs an id")]
    [InlineData(":::: exhibit a One\nx\n::::\n\n:::: exhibit a Two\ny\n::::\n", "two exhibits have the id \"a\"")]
    public void Mistakes_with_exhibits_are_errors_that_say_where(string markdown, string expected)
    {
        var diagnostics = new DiagnosticBag();
        Read(markdown, diagnostics);

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 0, error.ToString());
    }

    [Fact]
    public void The_list_of_exhibits_lists_the_captions()
    {
        var diagnostics = new DiagnosticBag();
        var blocks = Read(TwoExhibits, diagnostics);
        var captions = ModelWalker.Anchored(blocks, ParagraphRoles.ExhibitTitle).Select(p => p.Anchor);
        Assert.Equal(["calls", "costs"], captions);
    }
}
