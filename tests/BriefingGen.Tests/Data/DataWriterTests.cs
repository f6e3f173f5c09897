using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Data;

public class DataWriterTests
{
    private static DataNode Read(string text, string file) =>
        DataLoader.Parse(text, file) is { Succeeded: true, Root: { } root } ? root : throw new ArgumentException(string.Join("\n", DataLoader.Parse(text, file).Diagnostics) + "\n" + text);

    private static DataNode Yaml(string text) => Read(text, "x.yaml");

    private static DataNode Json(string text) => Read(text, "x.json");

    private static DataScalar Text(string text) => new(SourceLocation.OfFile("t"), text, ScalarKind.String);

    private static DataMap Map(params (string Key, DataNode Value)[] entries) =>
        new(SourceLocation.OfFile("t"), entries.Select(e => new DataMapEntry(e.Key, SourceLocation.OfFile("t"), e.Value)).ToList());

    private static DataList List(params DataNode[] items) => new(SourceLocation.OfFile("t"), items);

    /// <summary>Writes <paramref name="tree"/> both ways and checks that each reads back equal; returns the YAML.</summary>
    private static string RoundTrip(DataNode tree)
    {
        var yaml = YamlDataWriter.Write(tree);
        Assert.Equal(tree, Yaml(yaml));
        Assert.Equal(tree, Json(JsonDataWriter.Write(tree)));
        return yaml;
    }

    [Fact]
    public void The_sample_round_trips_through_both_formats_and_keeps_its_order()
    {
        var sample = DataLoader.Load(RepositoryPaths.Sample).Root!;
        var yaml = RoundTrip(sample);
        var keys = ((DataMap)Yaml(yaml)).Entries.Select(e => e.Key);
        Assert.Equal(((DataMap)sample).Entries.Select(e => e.Key), keys);
        Assert.Equal(yaml, YamlDataWriter.Write(Yaml(yaml)));
        Assert.Equal(JsonDataWriter.Write(sample), JsonDataWriter.Write(Json(JsonDataWriter.Write(sample))));
    }

    [Fact]
    public void Yaml_is_written_in_block_style_with_two_space_indents()
    {
        var tree = Yaml("""
            title: Brief
            date: 2026-10-05
            reference: POL-2026/0412
            author: {name: Ingrid Haugen, unit: North}
            risks: [{id: R1, likelihood: 3, ratio: 1.50, open: True}, {id: R2, owner: ~}]
            summary: "Two pillars.\n\nSecurity first.\n"
            grid: [[1, 2], [], [[x]]]
            empty_map: {}
            empty_list: []
            quoted: ['0412', 'true', 'null', '~', '1e3', '', ' lead', 'trail ', '- dash', '# hash', 'a: b', 'yes']
            """);
        Assert.Equal(
            """
            title: Brief
            date: 2026-10-05
            reference: POL-2026/0412
            author:
              name: Ingrid Haugen
              unit: North
            risks:
              - id: R1
                likelihood: 3
                ratio: 1.50
                open: True
              - id: R2
                owner: null
            summary: |
              Two pillars.

              Security first.
            grid:
              - - 1
                - 2
              - []
              - - - x
            empty_map: {}
            empty_list: []
            quoted:
              - "0412"
              - "true"
              - "null"
              - "~"
              - "1e3"
              - ""
              - " lead"
              - "trail "
              - "- dash"
              - "# hash"
              - "a: b"
              - "yes"

            """.ReplaceLineEndings("\n"),
            RoundTrip(tree));
    }

    [Fact]
    public void Json_is_written_with_two_space_indents_and_numbers_as_read()
    {
        var tree = Json("""{"title":"Brief","n":[1.50,2,1e3,-0.0],"ok":true,"none":null,"m":{},"l":[],"text":"Ærøskøbing – שלום 😀"}""");
        Assert.Equal(
            """
            {
              "title": "Brief",
              "n": [
                1.50,
                2,
                1e3,
                -0.0
              ],
              "ok": true,
              "none": null,
              "m": {},
              "l": [],
              "text": "Ærøskøbing – שלום 😀"
            }

            """.ReplaceLineEndings("\n"),
            JsonDataWriter.Write(tree));
    }

    [Theory]
    [InlineData("+1", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5.0")]
    [InlineData("0412", "412")]
    [InlineData("-007.50e+2", "-7.50e+2")]
    [InlineData("True", "true")]
    [InlineData("~", "null")]
    public void Yaml_spellings_json_cannot_read_are_rewritten_to_the_same_value(string yaml, string json)
    {
        var tree = Yaml("v: " + yaml);
        var written = JsonDataWriter.Write(tree);
        Assert.Contains($"\"v\": {json}\n", written, StringComparison.Ordinal);
        Assert.Equal(tree, Json(written));
        Assert.Contains($"v: {(yaml == "~" ? "null" : yaml)}\n", YamlDataWriter.Write(tree), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0412")]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("1e3")]
    [InlineData("-5")]
    [InlineData(".5")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" lead")]
    [InlineData("trail ")]
    [InlineData("yes")]
    [InlineData("off")]
    [InlineData(".inf")]
    [InlineData("0x1F")]
    [InlineData("1:20")]
    [InlineData("<<")]
    [InlineData("...")]
    [InlineData("---")]
    [InlineData("a: b")]
    [InlineData("a #b")]
    [InlineData("a *b")]
    [InlineData("ends:")]
    [InlineData("-")]
    [InlineData("- item")]
    [InlineData("?")]
    [InlineData(":")]
    [InlineData("#")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("!tag")]
    [InlineData("|")]
    [InlineData(">")]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("%YAML")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("[")]
    [InlineData("]")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData(",")]
    public void Text_that_would_read_as_something_else_is_quoted(string text)
    {
        var yaml = RoundTrip(Map(("v", Text(text)), (text, Text("key"))));
        Assert.StartsWith("v: \"", yaml, StringComparison.Ordinal);
        Assert.Contains("\n\"", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Norway's policy")]
    [InlineData("2026-10-05")]
    [InlineData("POL-2026/0412")]
    [InlineData("https://www.regjeringen.no/en/")]
    [InlineData("a:b")]
    [InlineData("C#")]
    [InlineData("Ærøskøbing")]
    [InlineData("שלום עולם")]
    [InlineData("😀 emoji")]
    [InlineData("x - y")]
    public void Ordinary_text_is_written_bare(string text)
    {
        Assert.Equal($"v: {text}\n", RoundTrip(Map(("v", Text(text)))));
    }

    [Theory]
    [InlineData("line one\nline two", "|-")]
    [InlineData("line one\nline two\n", "|")]
    [InlineData("line one\n\n\n", "|+")]
    [InlineData("para\n\n  indented code\n\ttabbed\n", "|")]
    [InlineData("ends with spaces   \nand more", "|-")]
    public void Multi_line_text_becomes_a_literal_block(string text, string indicator)
    {
        var yaml = RoundTrip(Map(("v", Text(text)), ("after", Text("x"))));
        Assert.StartsWith($"v: {indicator}\n  ", yaml, StringComparison.Ordinal);
        Assert.EndsWith("after: x\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows\r\nnewlines\r\n")]
    [InlineData("old mac\rnewline")]
    [InlineData(" leading space\nsecond")]
    [InlineData("\nleading newline")]
    [InlineData("trailing blank line\n   ")]
    [InlineData("nel\u0085line")]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("bom\uFEFFinside")]
    [InlineData("nul\0bell\u0007esc\u001Bdel\u007F")]
    [InlineData("\n")]
    [InlineData("\t")]
    public void Text_a_literal_block_cannot_hold_is_double_quoted_with_escapes(string text)
    {
        var yaml = RoundTrip(Map(("v", Text(text))));
        Assert.StartsWith("v: \"", yaml, StringComparison.Ordinal);
        Assert.Equal(2, yaml.Count(c => c == '\n') + 1);
    }

    [Fact]
    public void Emoji_rtl_text_and_very_long_strings_survive()
    {
        var long1 = string.Concat(Enumerable.Repeat("Barents 😀 ", 20_000));
        var tree = Map(
            ("emoji", Text("👩‍👩‍👧 🇳🇴 😀")),
            ("rtl", Text("\u202Bمرحبا بالعالم\u202C שלום")),
            ("long", Text(long1)),
            ("long_lines", Text(long1 + "\n" + long1)),
            (new string('k', 2_000), Text("a very long key")),
            ("nested", List(List(List(), List(Text("x"))), Map(), List(Map(("a", List()))))));
        var yaml = RoundTrip(tree);
        Assert.Contains("? " + new string('k', 2_000) + "\n: a very long key\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_that_is_not_a_map_is_written_too()
    {
        Assert.Equal("- a\n- 1\n", RoundTrip(List(Text("a"), Yaml("1"))));
        Assert.Equal("[]\n", RoundTrip(List()));
        Assert.Equal("{}\n", RoundTrip(Map()));
        Assert.Equal("plain\n", RoundTrip(Text("plain")));
        Assert.Equal("\"true\"\n", RoundTrip(Text("true")));
        Assert.Equal("|-\n  two\n  lines\n", RoundTrip(Text("two\nlines")));
        Assert.Equal("null\n", RoundTrip(Yaml("null")));
        Assert.Equal("null\n", JsonDataWriter.Write(Yaml("null")));
    }

    [Fact]
    public void The_same_tree_always_gives_the_same_text()
    {
        var tree = DataLoader.Load(RepositoryPaths.Sample).Root!;
        Assert.Equal(YamlDataWriter.Write(tree), YamlDataWriter.Write(tree));
        Assert.Equal(JsonDataWriter.Write(tree), JsonDataWriter.Write(Yaml(YamlDataWriter.Write(tree))));
    }

    [Fact]
    public void A_scalar_marked_as_a_number_that_is_not_one_is_refused_with_its_path()
    {
        var tree = Map(("risks", List(Map(("likelihood", new DataScalar(SourceLocation.OfFile("t"), "high", ScalarKind.Integer))))));
        var yaml = Assert.Throws<ArgumentException>(() => YamlDataWriter.Write(tree));
        Assert.Contains("risks[0].likelihood", yaml.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => JsonDataWriter.Write(tree));
        var boolean = Map(("ok", new DataScalar(SourceLocation.OfFile("t"), "yes", ScalarKind.Boolean)));
        Assert.Throws<ArgumentException>(() => JsonDataWriter.Write(boolean));
    }

    /// <summary>
    /// The YAML reader turns every line break inside a block or a folded multi-line scalar into
    /// <c>\n</c>, as the YAML spec requires: a file saved with Windows line endings reads as <c>\n</c>
    /// text. Only escapes (<c>"\r\n"</c>) carry a <c>\r</c> into the tree, and the writer uses them.
    /// </summary>
    [Fact]
    public void Windows_line_endings_in_a_file_are_read_as_line_feeds()
    {
        var read = (DataMap)Yaml("text: |\r\n  a\r\n  b\r\nquoted: \"c\\r\\nd\"\r\n");
        Assert.Equal("a\nb\n", ((DataScalar)read["text"]!).Text);
        Assert.Equal("c\r\nd", ((DataScalar)read["quoted"]!).Text);
        Assert.Equal("text: |\n  a\n  b\nquoted: \"c\\r\\nd\"\n", RoundTrip(read));
    }

    /// <summary>Half a character is not Unicode: it is written as an escape, and reading it back is an error, not a silent change.</summary>
    [Fact]
    public void An_unpaired_surrogate_is_escaped_and_refused_on_reading()
    {
        var tree = Map(("v", Text("half \uD83D")));
        Assert.Equal("v: \"half \\uD83D\"\n", YamlDataWriter.Write(tree));
        Assert.Contains("\"half \\uD83D\"", JsonDataWriter.Write(tree), StringComparison.Ordinal);
        Assert.False(DataLoader.Parse(YamlDataWriter.Write(tree), "x.yaml").Succeeded);
        Assert.False(DataLoader.Parse(JsonDataWriter.Write(tree), "x.json").Succeeded);
    }
}
