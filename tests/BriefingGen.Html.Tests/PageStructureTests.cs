using System.Text.RegularExpressions;
using BriefingGen.Html.Tests.Support;
using BriefingGen.Model;
using BriefingGen.Testing;
using static BriefingGen.Html.Tests.Support.HtmlOutput;

namespace BriefingGen.Html.Tests;

/// <summary>The page is standalone and accessible: language, outline, tables, pictures, notes, contents, marking, one style sheet and no script.</summary>
public class PageStructureTests
{
    private static readonly string EveryKind = HtmlOutput.Page(ModelSamples.EveryKind());
    private static readonly string SamplePage = HtmlOutput.Page(HtmlOutput.Sample);

    [Fact]
    public void The_page_states_its_language_and_title_and_has_one_style_sheet_and_no_script()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", SamplePage, StringComparison.Ordinal);
        Assert.Contains("<title>Norway’s policy towards Russia</title>", SamplePage, StringComparison.Ordinal);
        Assert.Single(Tags(SamplePage, "style"));
        Assert.Empty(Tags(SamplePage, "script"));
        Assert.Empty(Tags(SamplePage, "link"));
        Assert.DoesNotContain(" style=\"", SamplePage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_norwegian_paper_is_marked_norwegian_and_names_its_notes_in_norwegian()
    {
        var document = ModelSamples.EveryKind();
        var metadata = document.Metadata with { Language = "nb-NO" };
        var page = HtmlOutput.Page(document with { Metadata = metadata });
        Assert.Contains("<html lang=\"nb-NO\">", page, StringComparison.Ordinal);
        Assert.Contains(">Noter</h", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Headings_start_at_one_and_never_skip_a_level(string page)
    {
        var levels = HeadingLevels(page);
        Assert.Equal(1, levels[0]);
        Assert.Single(levels, l => l == 1);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    public static TheoryData<string> Pages() => new() { EveryKind, SamplePage };

    [Fact]
    public void A_paper_that_jumps_from_level_one_to_three_gets_an_outline_without_the_gap()
    {
        var page = HtmlOutput.Page(ModelSamples.Of(new Heading(1, [new Text("One")], "one"), new Heading(3, [new Text("Three")], "three"), new Heading(2, [new Text("Two")], "two")));
        Assert.Equal([1, 2, 2], HeadingLevels(page));
    }

    [Fact]
    public void Table_header_cells_are_th_with_column_scope_and_the_caption_is_a_caption()
    {
        var headerCells = Tags(SamplePage, "th").Where(t => Attribute(t, "scope") == "col").ToList();
        var sampleHeaders = HtmlOutput.Sample.Blocks.SelectMany(ModelWalker.DescendantsAndSelf).OfType<Table>().Sum(t => t.HeaderRows.Sum(r => r.Cells.Count(c => c.Blocks.Count > 0)));
        // The register's and the cooperation table's header cells, and the risk matrix's five impact steps.
        Assert.Equal(sampleHeaders + 5, headerCells.Count);
        Assert.Contains("A caption</caption>", EveryKind, StringComparison.Ordinal);
        Assert.DoesNotContain(Tags(EveryKind, "td"), t => Attribute(t, "scope") is not null);
    }

    [Fact]
    public void The_risk_matrix_is_a_table_with_impact_and_likelihood_header_cells()
    {
        var start = EveryKind.IndexOf("<table aria-label=\"Risk matrix\"", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var matrix = EveryKind[start..EveryKind.IndexOf("</table>", start, StringComparison.Ordinal)];
        Assert.Equal(5, Tags(matrix, "th").Count(t => Attribute(t, "scope") == "col"));
        Assert.Equal(5, Tags(matrix, "th").Count(t => Attribute(t, "scope") == "row"));
        Assert.Contains(">Likelihood</th>", matrix, StringComparison.Ordinal);
        Assert.Contains(">Impact</th>", matrix, StringComparison.Ordinal);
        Assert.Contains(">R1</div>", matrix, StringComparison.Ordinal);
        Assert.Equal(25, Tags(matrix, "td").Count(t => Attribute(t, "class") is "matrix-low" or "matrix-medium" or "matrix-high" or "matrix-critical"));
    }

    [Fact]
    public void Pictures_are_embedded_with_their_alternative_text_and_caption()
    {
        var image = Assert.Single(Tags(EveryKind, "img"));
        Assert.Equal("Two by three pixels", Attribute(image, "alt"));
        Assert.StartsWith("data:image/png;base64,iVBOR", Attribute(image, "src"), StringComparison.Ordinal);
        Assert.Contains("<figcaption", EveryKind, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_are_linked_both_ways()
    {
        Assert.Contains("<a id=\"note-ref-1\" href=\"#note-1\" role=\"doc-noteref\"", EveryKind, StringComparison.Ordinal);
        Assert.Contains("<li id=\"note-1\"", EveryKind, StringComparison.Ordinal);
        Assert.Contains("A footnote. <a href=\"#note-ref-1\"", EveryKind, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_mark_straight_after_another_is_raised_after_a_comma_screen_readers_skip()
    {
        var data = "title: Marks\ndate: 2026-01-31\nsummary: |\n  Adjacent[^a][^b], spaced[^c] [^a].\n\n  [^a]: Alpha.\n  [^b]: Bravo.\n  [^c]: Charlie.\npillars:\n  - name: One\n";
        var document = TestEngines.PolicyBrief.Render(BriefingGen.Engine.DataSource.FromText(data, "marks.yaml")).Document!;

        var html = HtmlOutput.Page(document);

        Assert.Single(Regex.Matches(html, "<span aria-hidden=\"true\">,</span><a id=\"note-ref-(\\d)\"", RegexOptions.None, TimeSpan.FromSeconds(5)), m => m.Groups[1].Value == "2");
    }

    [Fact]
    public void The_contents_link_to_every_heading_and_internal_links_only_to_headings_that_exist()
    {
        var nav = EveryKind[EveryKind.IndexOf("<nav", StringComparison.Ordinal)..EveryKind.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("href=\"#first\"", nav, StringComparison.Ordinal);
        Assert.Contains("href=\"#second\"", nav, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"first\"", EveryKind, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#second\"", EveryKind, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#missing\"", EveryKind, StringComparison.Ordinal);
        Assert.Contains("dangling", EveryKind, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cross_reference_to_an_exhibit_links_to_its_caption()
    {
        var engine = TestEngines.Load(PackExamples.Pack("client-report"));
        var document = engine.Render(BriefingGen.Engine.DataSource.FromFile(PackExamples.Example("client-report", "arctic-shipping-readiness.yaml"))).Document!;

        var page = HtmlOutput.Page(document);

        Assert.Contains(" id=\"port-calls\"", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#port-calls\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_classification_is_shown_at_the_top_and_the_bottom()
    {
        var header = SamplePage[..SamplePage.IndexOf("<main>", StringComparison.Ordinal)];
        var footer = SamplePage[SamplePage.IndexOf("</main>", StringComparison.Ordinal)..];
        Assert.Contains(">RESTRICTED</p>", header, StringComparison.Ordinal);
        Assert.Contains(">RESTRICTED</p>", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void Looks_follow_the_theme()
    {
        var sheet = ModelSamples.Input(HtmlOutput.Sample).StyleSheet;
        var heading = sheet.Heading(1);
        Assert.Contains($"color:#{heading.Text.Color}", SamplePage, StringComparison.Ordinal);
        Assert.Contains($"\"{sheet.Paragraph("body").Text.Families[0]}\"", SamplePage, StringComparison.Ordinal);
        Assert.Contains($"background-color:#{sheet.Table.HeaderFill}", SamplePage, StringComparison.Ordinal);
        Assert.Contains($"background-color:#{sheet.Shade("risk-high")!.Fill}", SamplePage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_look_that_changes_another_comes_after_it_in_the_style_sheet()
    {
        var cell = Tags(EveryKind, "td").First(t => t.Contains("align-right", StringComparison.Ordinal));
        var classes = Attribute(cell, "class")!.Split(' ');
        Assert.Equal("cell", classes[0]);
        var sheet = EveryKind[EveryKind.IndexOf("<style>", StringComparison.Ordinal)..EveryKind.IndexOf("</style>", StringComparison.Ordinal)];
        var positions = classes.Select(c => sheet.IndexOf("\n." + c + "{", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Changes_are_ins_and_del_with_their_date_underlined_and_struck_through()
    {
        Assert.Contains("<del datetime=\"2026-01-02\" title=\"Deleted: BriefingGen, 2026-01-02\" class=\"change-del\">was</del>", EveryKind, StringComparison.Ordinal);
        Assert.Contains("<ins datetime=\"2026-01-02\" title=\"Inserted: BriefingGen, 2026-01-02\" class=\"change-ins\">is</ins>", EveryKind, StringComparison.Ordinal);
        Assert.Contains(".change-del{text-decoration:line-through}", EveryKind, StringComparison.Ordinal);
        Assert.Contains("[Deleted: was][Inserted: is]", System.Text.RegularExpressions.Regex.Replace(HtmlOutput.Plain(ModelSamples.EveryKind()), "\\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var document = ModelSamples.EveryKind();
        Assert.Equal(HtmlOutput.Bytes(new HtmlRenderer(), document), HtmlOutput.Bytes(new HtmlRenderer(), ModelSamples.EveryKind()));
        Assert.Equal(HtmlOutput.Bytes(new HtmlEmailRenderer(), document), HtmlOutput.Bytes(new HtmlEmailRenderer(), ModelSamples.EveryKind()));
    }
}
