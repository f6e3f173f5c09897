using System.Text.Json;

namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Class 5: inputs built to cost time or memory end quickly, rendered whole or refused with a reason.</summary>
public class ResourceTests
{
    /// <summary>Punctuation floods that make naive Markdown parsers or line breakers quadratic.</summary>
    public static TheoryData<string, string> Floods => new()
    {
        { "one long word", new string('x', 100_000) },
        { "open brackets", new string('[', 50_000) },
        { "emphasis pairs", string.Concat(Enumerable.Repeat("*a", 30_000)) },
        { "backticks", new string('`', 30_000) + " a" },
        { "half links", string.Concat(Enumerable.Repeat("[a](b ", 20_000)) },
        { "underscores", new string('_', 100_000) },
        { "angle brackets", new string('<', 100_000) },
        { "character references", string.Concat(Enumerable.Repeat("&#", 50_000)) },
        { "combining marks", "a" + new string('\u0301', 50_000) },
        { "mixed directions", string.Concat(Enumerable.Repeat("\u05D0\u05D1 abc ", 10_000)) },
        { "nesting in a table cell", "|a|b|\n|-|-|\n|" + new string('[', 20_000) + "|" + string.Concat(Enumerable.Repeat("*a", 20_000)) + "|" },
    };

    [Theory]
    [MemberData(nameof(Floods))]
    public void A_flood_of_one_character_ends_quickly_with_a_paper_or_an_error_at_the_field(string name, string summary)
    {
        using var h = new Hostile();
        var data = h.Folder.Write("flood.json", Json(summary));
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        if (exit == 1)
        {
            Assert.True(error.Contains("flood.json:1:", StringComparison.Ordinal) && error.Contains("summary:", StringComparison.Ordinal), $"{name}: {error}");
        }
    }

    [Fact]
    public void One_word_longer_than_a_line_is_broken_across_lines_and_kept_whole()
    {
        using var h = new Hostile();
        var word = new string('x', 20_000);
        var data = h.Folder.Write("word.json", Json(word));
        Assert.Equal(0, h.Run("render", data, "--format", "pdf", "--out", h.Out).Exit);
        var text = Pdf.Tests.Support.PdfTools.Text(Path.Combine(h.Out, "word.pdf"));
        Assert.Equal(word.Length, text.Count(c => c == 'x'));
    }

    [Fact]
    public void A_table_wider_than_Word_allows_is_an_error_and_a_crowded_one_a_warning()
    {
        using var h = new Hostile();
        static string Table(int columns) => "|" + string.Concat(Enumerable.Range(0, columns).Select(i => $"h{i}|")) + "\n|" + string.Concat(Enumerable.Repeat("-|", columns)) + "\n|" + string.Concat(Enumerable.Range(0, columns).Select(i => $"cell{i}|"));
        var wide = h.Folder.Write("wide.json", Json(Table(64)));
        var (exit, error) = h.Run("render", wide, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("the table has 64 columns; a table may have at most 63", error, StringComparison.Ordinal);

        var crowded = h.Folder.Write("crowded.json", Json(Table(30)));
        (exit, error) = h.Run("render", crowded, "--out", h.Out);
        Assert.Equal(0, exit);
        Assert.Contains("crowded.json:1:", error, StringComparison.Ordinal);
        Assert.Contains("30 columns are too many to fit across the page", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_row_with_more_cells_than_its_header_is_an_error_at_that_row()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("ragged.yaml", "title: T\ndate: 2026-10-05\npillars: [{name: P}]\nsummary: |\n  Before.\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n  | 3 | 4 | 5 |\n");

        // Before, the 5 was dropped without a word, as GitHub's tables drop it.
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("ragged.yaml:10:3: summary: row 2 of the table has 3 cells, but its header has 2 columns", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(h.Out) && Directory.EnumerateFileSystemEntries(h.Out).Any(), "nothing is written");
    }

    [Fact]
    public void A_data_file_with_more_values_than_the_limit_is_an_error_at_the_value_that_crossed_it()
    {
        using var h = new Hostile();
        var items = string.Join(",\n", Enumerable.Range(0, 201_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var data = h.Folder.Write("nodes.json", "{\"title\": \"T\", \"date\": \"2026-10-05\", \"summary\": \"S\", \"pillars\": [{\"name\": \"P\"}],\n\"key_points\": [\n" + items + "]}");
        var (exit, error) = h.Run("validate", data);
        Assert.Equal(1, exit);
        Assert.Matches(@"nodes\.json:\d{6}:\d+: .*200,000", error);
    }

    [Fact]
    public void A_data_file_written_on_one_line_is_read_in_one_pass()
    {
        using var h = new Hostile();
        var items = string.Join(",", Enumerable.Range(0, 100_000).Select(i => "\"k\""));
        var data = h.Folder.Write("line.json", "{\"title\": \"T\", \"date\": \"2026-10-05\", \"summary\": \"S\", \"pillars\": [{\"name\": \"P\"}], \"key_points\": [" + items + "]}");
        Assert.Equal(0, h.Run("validate", data).Exit);
    }

    private static string Json(string summary) =>
        $$"""{"title": "T", "date": "2026-10-05", "summary": {{JsonSerializer.Serialize(summary)}}, "pillars": [{"name": "P"}]}""";
}
