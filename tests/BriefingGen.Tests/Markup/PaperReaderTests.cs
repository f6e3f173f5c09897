using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

public class PaperReaderTests
{
    private static List<Block> Convert(string markdown, DiagnosticBag? diagnostics = null, IReadOnlyList<string>? imageFolders = null) =>
        PaperReader.Read(markdown, new SlotTable(), new ImageLoader(imageFolders ?? []), "test.sbn", diagnostics ?? new DiagnosticBag());

    [Fact]
    public void Headings_get_unique_ids_even_when_their_text_repeats()
    {
        var headings = Convert("# Risks\n\n## Risks\n\n# Риски\n\n# Custom {#own-id}\n").OfType<Heading>().ToList();
        Assert.Equal(["risks", "risks-1", "риски", "own-id"], headings.Select(h => h.Id));
        Assert.Equal([1, 2, 1, 1], headings.Select(h => h.Level));
    }

    [Fact]
    public void A_heading_never_takes_an_id_kept_for_footnotes()
    {
        var headings = Convert("# Note 1\n\n# Note 2 {#note-2}\n\n# Notes\n").OfType<Heading>().ToList();
        Assert.Equal(["note-1-1", "note-2-1", "notes"], headings.Select(h => h.Id));
    }

    [Fact]
    public void Containers_give_paragraphs_a_role_and_callouts_a_box()
    {
        var blocks = Convert("::: title\nThe title\n:::\n\n::: callout key-points Bottom line\n- one\n- two\n:::\n");
        Assert.Equal(ParagraphRoles.Title, Assert.IsType<Paragraph>(blocks[0]).Role);
        var callout = Assert.IsType<Callout>(blocks[1]);
        Assert.Equal(("key-points", "Bottom line"), (callout.Kind, InlineText.Of(callout.Title!)));
        Assert.Equal(2, Assert.IsType<ListBlock>(Assert.Single(callout.Blocks)).Items.Count);
    }

    [Fact]
    public void Tables_keep_alignment_and_separator_widths()
    {
        var table = Assert.IsType<Table>(Assert.Single(Convert("| A | B |\n|---|:-------:|\n| x | **High** |\n")));
        Assert.Equal(0.3, table.ColumnWidths[0], 2);
        Assert.Equal(0.7, table.ColumnWidths[1], 2);
        Assert.Equal(CellAlignment.Center, table.BodyRows[0].Cells[1].Alignment);
        Assert.IsType<Strong>(Assert.Single(Assert.IsType<Paragraph>(Assert.Single(table.BodyRows[0].Cells[1].Blocks)).Content));
        Assert.Single(table.HeaderRows);
    }

    [Fact]
    public void A_table_of_thousands_of_rows_is_read_row_by_row()
    {
        var rows = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"| R{i} | **{i}** | `x|y` |\n"));
        var table = Assert.IsType<Table>(Assert.Single(Convert("| A | B | C |\n|---|---|---|\n" + rows)));
        Assert.Equal(5_000, table.BodyRows.Count);
        Assert.Equal("x|y", InlineText.Of(((Paragraph)table.BodyRows[4_999].Cells[2].Blocks[0]).Content));
    }

    [Fact]
    public void A_column_is_never_narrower_than_its_longest_word()
    {
        var markdown = "| Ответственный | Notes |\n|--|------------------------------------------------|\n| x | y |\n";
        var table = Assert.IsType<Table>(Assert.Single(Convert(markdown)));
        Assert.True(table.ColumnWidths[0] >= 0.15, $"first column got {table.ColumnWidths[0]:P0}");
        Assert.Equal(1.0, table.ColumnWidths.Sum(), 6);
    }

    [Fact]
    public void A_crowded_table_gives_room_to_the_words_of_its_body_and_hyphenates_its_header()
    {
        var markdown = """
            | Kommune | Havnedrift | Losberedskap | Redningstjeneste | Oljevernberedskap | Landstrømforsyning | Avfallsmottak | Kapasitetsutnyttelse |
            |---|---|---|---|---|---|---|---|
            | Hammerfest | 4,5 | 4 | 4 | 2,5 | 2 | 3,5 | 1240 |
            | Nordkapp (Honningsvåg) | 4 | 3,5 | 3 | 2 | 1,5 | 3 | 1702 |

            """;
        var table = Assert.IsType<Table>(Assert.Single(Convert(markdown)));

        // "(Honningsvåg)" is 13 letters, the numbers at most 4; before, the header's compounds
        // set every share, the first column got 11 % and "Hammerfest" was broken.
        Assert.True(table.ColumnWidths[0] >= 0.15, $"the first column got {table.ColumnWidths[0]:P1}");
        Assert.All(table.ColumnWidths.Skip(1), share => Assert.True(share < table.ColumnWidths[0], $"a number column got {share:P1}"));
        Assert.Equal(1.0, table.ColumnWidths.Sum(), 6);
    }

    [Fact]
    public void An_endless_word_does_not_take_the_width_from_the_other_columns()
    {
        var word = new string('x', 10_000);
        var markdown = $"| ID | Risk | Owner |\n|---|---|---|\n| R1 | Military incident in the Barents Sea | {word} |\n";
        var table = Assert.IsType<Table>(Assert.Single(Convert(markdown)));
        // Each other column keeps at least the share a narrow column gets; before, they got a letter's width.
        Assert.All(table.ColumnWidths.Take(2), share => Assert.True(share >= 0.06, $"a column got {share:P1}"));
        Assert.Equal(1.0, table.ColumnWidths.Sum(), 6);
    }

    [Fact]
    public void Footnotes_travel_with_their_mark()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Convert("Text[^1].\n\n[^1]: The note.\n")));
        var note = Assert.IsType<FootnoteReference>(paragraph.Content[1]);
        Assert.Equal("The note.", Assert.IsType<Text>(Assert.Single(Assert.IsType<Paragraph>(Assert.Single(note.Blocks)).Content)).Value);
    }

    [Fact]
    public void A_footnote_that_cites_itself_is_a_warning_not_a_crash()
    {
        var diagnostics = new DiagnosticBag();
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Convert("Text[^a].\n\n[^a]: Again[^b].\n\n[^b]: Back[^a].\n", diagnostics)));
        Assert.IsType<FootnoteReference>(paragraph.Content[1]);
        Assert.Contains("cites itself", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_nested_beyond_the_parsers_limit_is_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        Convert(new string('>', 300) + " deep\n", diagnostics);
        Assert.Contains("nested too deeply", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*a ", "*")]
    [InlineData("_a ", "_")]
    public void Emphasis_nested_beyond_the_limit_is_a_diagnostic_not_a_deep_recursion(string opener, string closer)
    {
        var diagnostics = new DiagnosticBag();
        var blocks = Convert(string.Concat(Enumerable.Repeat(opener, 1000)) + "b" + string.Concat(Enumerable.Repeat(closer, 1000)) + "\n", diagnostics);
        Assert.Empty(blocks);
        Assert.Contains("nested too deeply", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasis_and_lists_nested_as_people_write_them_are_read()
    {
        var diagnostics = new DiagnosticBag();
        var markdown = string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', i * 2) + "- **bold *and* [link](https://example.org)**\n"));
        Assert.NotEmpty(Convert(markdown, diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Only_web_mail_and_internal_links_stay_links()
    {
        var paragraph = (Paragraph)Convert("[a](https://x.org) [b](mailto:a@b.no) [c](#risks) [d](javascript:alert(1)) [e](file:///etc/passwd)")[0];
        Assert.Equal(["https://x.org", "mailto:a@b.no", "#risks"], paragraph.Content.OfType<Link>().Select(l => l.Target));
    }

    [Fact]
    public void Components_and_emphasis_convert_to_their_model_kinds()
    {
        var blocks = Convert("*a* **b** `c`  \nd\n\n> quoted\n\n1. one\n2. two\n");
        var inlines = Assert.IsType<Paragraph>(blocks[0]).Content;
        Assert.IsType<Emphasis>(inlines[0]);
        Assert.IsType<Strong>(inlines[2]);
        Assert.IsType<Code>(inlines[4]);
        Assert.IsType<LineBreak>(inlines[5]);
        Assert.IsType<Quote>(blocks[1]);
        Assert.True(Assert.IsType<ListBlock>(blocks[2]).Ordered);
    }

    [Theory]
    [InlineData("Before ![Map](map.png) after.\n", "Before Map after.", "the picture 'map.png' stands inside a line of text")]
    [InlineData("A [link](javascript:alert(1)) here.\n", "A link here.", "the link to \"javascript:alert(1)\" is not made, only its text printed")]
    [InlineData("A [link](page.html) here.\n", "A link here.", "the link to \"page.html\" is not made")]
    [InlineData("Text.\n\n[^n]: An orphan note.\n", "Text.", "footnote [^n] is defined but never cited, so it is not printed")]
    public void What_the_Markdown_asks_for_and_the_paper_cannot_print_is_warned_about_once(string markdown, string printed, string warning)
    {
        var diagnostics = new DiagnosticBag();
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Convert(markdown, diagnostics)));
        Assert.Equal(printed, InlineText.Of(paragraph.Content));
        Assert.Contains(warning, Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_defined_twice_is_warned_about_at_its_second_definition()
    {
        var diagnostics = new DiagnosticBag();
        Convert("Text[^1] and more[^2].\n\n[^1]: One.\n\n[^2]: Two.\n\n[^1]: Another one.\n", diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Contains("footnote [^1] is defined more than once, and only its first definition is printed", warning.Message, StringComparison.Ordinal);
        Assert.Equal((7, 1), (warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void Cited_notes_web_links_and_pictures_of_their_own_raise_no_warning()
    {
        var diagnostics = new DiagnosticBag();
        Convert("A claim[^n] with [a source](https://example.org), [mail](mailto:a@example.org) and <https://example.org>.\n\n[^n]: The note.\n", diagnostics);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_picture_alone_in_a_paragraph_is_a_figure_with_alt_text_and_caption()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefgen-img-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "map.png"), PngFiles.Build(2, 3, colorType: 2, depth: 8));
            var figure = Assert.IsType<Figure>(Assert.Single(Convert("![Map of the Barents Sea](map.png \"The border area\")\n", imageFolders: [folder])));
            Assert.Equal(("Map of the Barents Sea", "The border area", 2, 3), (figure.AltText, InlineText.Of(figure.Caption!), figure.Image.PixelWidth, figure.Image.PixelHeight));

            var noAlt = new DiagnosticBag();
            Assert.IsType<Figure>(Assert.Single(Convert("![](map.png)\n", noAlt, [folder])));
            Assert.Contains("no alternative text", Assert.Single(noAlt.Items).Message, StringComparison.Ordinal);

            var diagnostics = new DiagnosticBag();
            Convert("![x](../../../etc/passwd)\n", diagnostics, [folder]);
            Assert.Contains("was not found in the template pack", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
