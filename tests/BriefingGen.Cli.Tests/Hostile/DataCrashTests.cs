namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>Class 2: nothing in the data alone can crash briefgen: control characters, character references, deep Markdown, notes that cite themselves, devices.</summary>
public class DataCrashTests
{
    [Fact]
    public void Control_characters_in_the_fields_that_become_properties_are_dropped_with_a_warning()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("c.yaml", "title: \"Bell\\a and\\x01 esc\\e\"\nsubtitle: \"nul\\0 here\"\nreference: \"R\\x1F1\"\nclassification: \"SECRET\\x7F\"\nauthor: {name: \"A\\bB\", organisation: \"O\\x0B\"}\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n");
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(0, exit);
        Assert.Contains("control character", error, StringComparison.Ordinal);
        Assert.Contains("Bell and esc", Pdf.Tests.Support.PdfTools.Run("pdfinfo", Path.Combine(h.Out, "c.pdf")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_address_whose_escapes_decode_to_control_characters_prints_without_them()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("u.yaml", "title: T\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\nsources: [{title: Source, url: \"https://example.org/a%00b%07c\"}]\n");
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.True(exit == 0, error);
        Assert.Contains("example.org/abc", Pdf.Tests.Support.PdfTools.Text(Path.Combine(h.Out, "u.pdf")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&#1; &#0; &#xFFFE; &#xD800; &#x10FFFF; &#1114112;")]
    [InlineData("a\u0000b\u0001c\uFFFEd\uFDD0e")]
    public void Character_references_and_noncharacters_in_a_Markdown_field_become_nothing_a_document_cannot_hold(string summary)
    {
        using var h = new Hostile();
        var data = h.Folder.Write("e.json", $$"""{"title": "T", "date": "2026-10-05", "summary": {{System.Text.Json.JsonSerializer.Serialize(summary)}}, "pillars": [{"name": "P"}]}""");
        Assert.Equal(0, h.Run("render", data, "--out", h.Out).Exit);
    }

    [Theory]
    [InlineData(200, "> ")]
    [InlineData(120, "- ")]
    public void Markdown_nested_deeper_than_the_reader_allows_is_an_error_at_the_field(int depth, string marker)
    {
        using var h = new Hostile();
        var summary = string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', marker == "- " ? i * 2 : 0) + marker + (marker == "> " ? "" : "x\n"))) + "deep";
        var data = h.Folder.Write("d.json", $$"""{"title": "T", "date": "2026-10-05", "summary": {{System.Text.Json.JsonSerializer.Serialize(summary)}}, "pillars": [{"name": "P"}]}""");
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        if (exit == 1)
        {
            Assert.Contains("d.json:1:", error, StringComparison.Ordinal);
            Assert.Contains("summary: the Markdown is nested too deeply", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[a](", 100_000)]
    [InlineData("![a](", 80_000)]
    [InlineData("[a](b (", 60_000)]
    [InlineData("{a=", 100_000)]
    [InlineData("{#a\n", 100_000)]
    public void Markdown_that_would_take_the_parser_quadratic_time_is_an_error_at_the_field_not_a_hang(string unit, int times)
    {
        using var h = new Hostile();
        var summary = string.Concat(Enumerable.Repeat(unit, times));
        var data = h.Folder.Write("q.json", $$"""{"title": "T", "date": "2026-10-05", "summary": {{System.Text.Json.JsonSerializer.Serialize(summary)}}, "pillars": [{"name": "P"}]}""");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("q.json:1:", error, StringComparison.Ordinal);
        Assert.Contains("summary: the Markdown holds too many unclosed link targets", error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(h.Out) ? Directory.GetFiles(h.Out) : []);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_mistake_inside_a_literal_block_of_markdown_is_reported_at_its_own_line_and_column()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("l.yaml", "title: T\ndate: 2026-10-05\npillars: [{name: P}]\nsummary: |\n  First paragraph.\n\n  Second, see [](#nope) here.\n");
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains("l.yaml:7:15: summary: the link to \"#nope\" has no text", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_inside_a_literal_block_is_warned_about_at_its_own_line()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("g.yaml", "title: T\ndate: 2026-10-05\npillars: [{name: P}]\nsummary: |\n  First paragraph.\n\n  ## Not a heading\n");
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(0, exit);
        Assert.Contains("g.yaml:7:3: warning: summary: a field cannot add a heading", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_table_with_a_link_in_every_row_is_within_the_markdown_workload()
    {
        using var h = new Hostile();
        var rows = string.Concat(Enumerable.Range(1, 1000).Select(i => $"| Row {i} | [Source {i}](https://example.org/reports/{i}) |\n"));
        var summary = "| Item | Source |\n|---|---|\n" + rows;
        var data = h.Folder.Write("t.json", $$"""{"title": "T", "date": "2026-10-05", "summary": {{System.Text.Json.JsonSerializer.Serialize(summary)}}, "pillars": [{"name": "P"}]}""");
        var (exit, error) = h.Run("render", data, "--out", h.Out, "--format", "docx");
        Assert.True(exit == 0, error);
    }

    [Theory]
    [InlineData("bad\nname.yaml", "bad\\nname.yaml:")]
    [InlineData("esc\u001b[31mred.yaml", "esc\\x1b[31mred.yaml:")]
    public void Control_characters_in_a_file_name_are_escaped_in_messages(string name, string printed)
    {
        using var h = new Hostile();
        var data = h.Folder.Write(name, Hostile.Brief().Replace("date: 2026-10-05", "date: 2026-02-30", StringComparison.Ordinal));
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(1, exit);
        Assert.Contains(printed, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(".yaml", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Footnotes_that_cite_themselves_or_each_other_are_a_warning()
    {
        using var h = new Hostile();
        var data = h.Folder.Write("f.yaml", Hostile.Brief().Replace("summary: S", "summary: \"A[^a] and B[^b].\\n\\n[^a]: Self[^a].\\n\\n[^b]: To c[^c].\\n\\n[^c]: Back to b[^b].\"", StringComparison.Ordinal));
        var (exit, error) = h.Run("render", data, "--out", h.Out);
        Assert.Equal(0, exit);
        Assert.Contains("cites itself", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    [InlineData("/proc/self/status")]
    public void A_device_or_system_file_given_as_data_is_refused_without_reading_it_for_ever(string path)
    {
        using var h = new Hostile();
        var (exit, error) = h.Run("validate", path, "--template", Testing.RepositoryPaths.PolicyBriefPack);
        Assert.Equal(1, exit);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01", "ar-SA")]
    [InlineData("9999-12-31", "fa-IR")]
    [InlineData("2026-10-05", "th-TH")]
    public void Dates_outside_a_cultures_calendar_still_render(string date, string language)
    {
        using var h = new Hostile();
        var data = h.Folder.Write("cal.yaml", Hostile.Brief().Replace("2026-10-05", date, StringComparison.Ordinal) + $"language: {language}\n");
        // The calendar is the point, not the script: a machine without a Thai font still renders
        // the paper when the PDF need not meet PDF/A's rule against missing glyphs.
        Assert.Equal(0, h.Run("render", data, "--out", h.Out, "--pdf-standard", "none").Exit);
    }
}
