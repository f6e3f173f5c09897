using System.Globalization;
using System.Xml.Linq;
using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Testing;

namespace BriefingGen.Components.Tests.Digest;

/// <summary>The digest's redline: a brief's summary as changed since last week, shown as revisions in every format.</summary>
public sealed class RedlineTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Words_that_changed_are_deleted_then_inserted_and_the_rest_kept_exactly()
    {
        var pieces = Components.Digest.WordDiff.Compare("Russia tolerates the inspections. End.", "Russia accepts the inspections in practice. End.");

        Assert.Equal(
            ["Kept:Russia ", "Deleted:tolerates ", "Inserted:accepts ", "Kept:the ", "Deleted:inspections. ", "Inserted:inspections in practice. ", "Kept:End."],
            pieces.Select(p => $"{p.Change}:{p.Text}"));
        Assert.Equal("Russia accepts the inspections in practice. End.", string.Concat(pieces.Where(p => p.Change != Components.Digest.WordChange.Deleted).Select(p => p.Text)));
        Assert.Equal("Russia tolerates the inspections. End.", string.Concat(pieces.Where(p => p.Change != Components.Digest.WordChange.Inserted).Select(p => p.Text)));
    }

    [Theory]
    [InlineData("Costs <NOK 5m> and <b>bold</b> and <script>alert(1)</script> text.", "Costs <NOK 5m> and <b>bold</b> and <script>alert(1)</script> text.")]
    [InlineData("A **strong** word,\nand a [link](https://example.org) on two lines.", "A strong word, and a link on two lines.")]
    public void The_texts_are_compared_as_the_paper_prints_them_with_what_looks_like_html_kept_as_text(string markdown, string seen)
    {
        Assert.Equal(seen, Components.Digest.RedlineFunction.Plain(markdown));
    }

    [Fact]
    public void With_redline_the_summary_shows_its_changes_in_Markdown_and_print_with_a_change_bar()
    {
        var pdf = new PdfRenderer();
        var engine = TestEngines.Load(DigestRuns.Pack, pdf, new SvgPageRenderer(pdf));
        var previous = DataLoader.Load(DigestRuns.PreviousSnapshot).Root!;
        var source = DataSource.FromFile(DigestRuns.Example) with { Baseline = previous, Flags = new HashSet<string>(["redline"]) };

        var result = engine.Render(source, "md", "svg");
        var plain = engine.Render(DataSource.FromFile(DigestRuns.Example) with { Baseline = previous }, "md");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var markdown = System.Text.Encoding.UTF8.GetString(result.Outputs[0].Bytes.Span);
        Assert.Contains("Russia {--tolerates --}{++accepts ++}the inspections", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("{++", System.Text.Encoding.UTF8.GetString(plain.Outputs[0].Bytes.Span), StringComparison.Ordinal);
        var pages = XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Outputs[1].Bytes.Span)).Root!.Elements().Where(e => (string?)e.Attribute("class") == "page").ToList();
        var margin = engine.StyleSheet!.Page.MarginLeftMm * 72 / 25.4;
        var bars = pages.SelectMany(p => p.Descendants(Svg + "line"))
            .Where(l => (string?)l.Attribute("x1") == (string?)l.Attribute("x2") && double.Parse((string)l.Attribute("x1")!, CultureInfo.InvariantCulture) < margin)
            .ToList();
        Assert.Equal(2, bars.Count);
    }
}
