using System.Diagnostics;
using BriefingGen.Data;

namespace BriefingGen.Tests.Data;

public class YamlDataReaderTests
{
    private static DataReadResult Read(string yaml, DataLimits? limits = null) => DataLoader.Parse(yaml, "brief.yaml", limits);

    [Fact]
    public void Every_node_keeps_its_line_and_column()
    {
        var result = Read("title: Hello\nrisks:\n  - likelihood: 3\n");
        var root = Assert.IsType<DataMap>(result.Root);
        var risk = Assert.IsType<DataMap>(((DataList)root["risks"]!).Items[0]);
        var likelihood = Assert.IsType<DataScalar>(risk["likelihood"]);
        Assert.Equal((3, 17), (likelihood.Location.Line, likelihood.Location.Column));
        Assert.Equal(ScalarKind.Integer, likelihood.Kind);
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void A_line_or_paragraph_separator_is_a_character_of_the_text_as_in_YAML_1_2_and_JSON(string separator)
    {
        var yaml = $"summary: first{separator}second\nquoted: \"a{separator}b\"\nblock: |\n  one{separator}two\n{separator}key: x\nlast: 5\n";
        var result = Read(yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var root = Assert.IsType<DataMap>(result.Root);
        Assert.Equal($"first{separator}second", ((DataScalar)root["summary"]!).Text);
        Assert.Equal($"a{separator}b", ((DataScalar)root["quoted"]!).Text);
        Assert.Equal($"one{separator}two\n", ((DataScalar)root["block"]!).Text);
        Assert.Equal("x", ((DataScalar)root[$"{separator}key"]!).Text);
        Assert.Equal((6, 7), (root["last"]!.Location.Line, root["last"]!.Location.Column));
    }

    [Fact]
    public void The_stand_ins_for_separators_in_a_file_do_not_come_back_as_separators()
    {
        var root = (DataMap)Read("a: x\uFDE0y\n").Root!;
        Assert.Equal("x\uFFFEy", ((DataScalar)root["a"]!).Text);
    }

    [Fact]
    public void Quoted_values_stay_text_and_plain_ones_follow_the_core_schema()
    {
        var root = (DataMap)Read("a: '0412'\nb: 0412\nc: true\nd: ~\ne: 2.5\nf: 2026-10-05\ng: no\n").Root!;
        Assert.Equal(ScalarKind.String, ((DataScalar)root["a"]!).Kind);
        Assert.Equal(ScalarKind.Integer, ((DataScalar)root["b"]!).Kind);
        Assert.Equal("0412", ((DataScalar)root["b"]!).Text);
        Assert.Equal(ScalarKind.Boolean, ((DataScalar)root["c"]!).Kind);
        Assert.Equal(ScalarKind.Null, ((DataScalar)root["d"]!).Kind);
        Assert.Equal(ScalarKind.Number, ((DataScalar)root["e"]!).Kind);
        Assert.Equal(ScalarKind.String, ((DataScalar)root["f"]!).Kind);
        Assert.Equal(ScalarKind.String, ((DataScalar)root["g"]!).Kind); // YAML 1.2: "no" is text, not false
    }

    [Fact]
    public void Duplicate_keys_are_an_error_at_the_second_key()
    {
        var result = Read("title: A\nsummary: B\ntitle: C\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("brief.yaml:3:1: duplicate key 'title' (first given at line 1); each key may appear once", error.ToString());
    }

    [Fact]
    public void Syntax_errors_name_file_line_and_column()
    {
        var result = Read("title: A\nrisks: [1, 2\nsummary: x\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("brief.yaml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line >= 2, error.ToString());
        Assert.Null(result.Root);
    }

    [Fact]
    public void An_alias_bomb_is_refused_quickly()
    {
        var yaml = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;
        var clock = Stopwatch.StartNew();
        var result = Read(yaml);
        Assert.False(result.Succeeded);
        Assert.Contains("expands to more than", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "an alias bomb must be refused without expanding it");
    }

    [Fact]
    public void Absurd_nesting_is_refused()
    {
        var yaml = new string('[', 10_000) + new string(']', 10_000);
        var result = Read(yaml);
        Assert.Contains("nested more than 64 levels", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_within_limits_are_shared_values()
    {
        var root = (DataMap)Read("owner: &o Ministry of Defence\nrisks:\n  - owner: *o\n").Root!;
        var risk = (DataMap)((DataList)root["risks"]!).Items[0];
        Assert.Equal("Ministry of Defence", ((DataScalar)risk["owner"]!).Text);
    }

    [Fact]
    public void A_merge_key_brings_in_the_entries_the_map_does_not_write_itself()
    {
        var yaml = "base: &b {owner: MFA, rating: Low, trend: Stable}\nmore: &m {rating: High, horizon: 2027}\nrisk:\n  <<: [*m, *b]\n  rating: Medium\n";
        var risk = (DataMap)((DataMap)Read(yaml).Root!)["risk"]!;
        Assert.Equal(["rating", "horizon", "owner", "trend"], risk.Entries.Select(e => e.Key));
        Assert.Equal("Medium", ((DataScalar)risk["rating"]!).Text);
        Assert.Equal("MFA", ((DataScalar)risk["owner"]!).Text);
        Assert.Equal(ScalarKind.Integer, ((DataScalar)risk["horizon"]!).Kind);
    }

    [Fact]
    public void Core_tags_say_what_the_value_is()
    {
        var root = (DataMap)Read("a: !!str 0412\nb: !!int '3'\nc: !!float 2\nd: !!bool true\ne: ! 5\nf: !!map {x: 1}\ng: 7\n").Root!;
        Assert.Equal(ScalarKind.String, ((DataScalar)root["a"]!).Kind);
        Assert.Equal(ScalarKind.Integer, ((DataScalar)root["b"]!).Kind);
        Assert.Equal(ScalarKind.Integer, ((DataScalar)root["c"]!).Kind);
        Assert.Equal(ScalarKind.Boolean, ((DataScalar)root["d"]!).Kind);
        Assert.Equal(ScalarKind.String, ((DataScalar)root["e"]!).Kind);
        Assert.IsType<DataMap>(root["f"]);
        Assert.Equal(ScalarKind.Integer, ((DataScalar)root["g"]!).Kind);
    }

    [Fact]
    public void A_value_spelt_as_it_is_knows_where_its_text_starts_and_one_spelt_otherwise_does_not()
    {
        var root = (DataMap)Read("a: |\n\n    first\n    second\nb: >\n  folded\nc: plain\nd: 'quoted'\ne: \"dq\"\nf: \"tab\\tescaped\"\ng: 'it''s'\nh: two\n  lines\n").Root!;
        var a = (DataScalar)root["a"]!;
        Assert.Equal((2, 5), (a.BlockTextStart!.Line, a.BlockTextStart.Column));
        Assert.Equal((7, 4), Start("c"));
        Assert.Equal((8, 5), Start("d"));
        Assert.Equal((9, 5), Start("e"));
        foreach (var spelt in new[] { "b", "f", "g", "h" })
        {
            Assert.Null(((DataScalar)root[spelt]!).BlockTextStart);
        }

        (int, int) Start(string key) => ((DataScalar)root[key]!).BlockTextStart is { } start ? (start.Line, start.Column) : (0, 0);
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var root = (DataMap)Read("base: &b {a: 1}\nitem:\n  '<<': *b\n").Root!;
        var item = (DataMap)root["item"]!;
        Assert.Equal("<<", Assert.Single(item.Entries).Key);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("a: {<<: 3}\n", "a merge key '<<' takes a map or a list of maps")]
    [InlineData("b: &b {x: 1}\nc: &c {y: 2}\na:\n  <<: *b\n  <<: *c\n", "duplicate merge key '<<' (first given at line 4)")]
    [InlineData("a: !!binary SGVsbG8=\n", "the YAML tag '!!binary' is not supported")]
    [InlineData("a: !!python/object:os.system {}\n", "the YAML tag '!!python/object:os.system' is not supported")]
    [InlineData("a: !custom text\n", "the YAML tag '!custom' is not supported")]
    [InlineData("a: !!set [1]\n", "the YAML tag '!!set' is not supported")]
    [InlineData("a: !!int 'three'\n", "the value is tagged !!int but \"three\" is not a whole number")]
    [InlineData("x: &x [1]\na: {<<: [*x]}\n", "a merge key '<<' takes a map or a list of maps")]
    [InlineData("a: 1\n---\nb: 2\n", "more than one YAML document")]
    [InlineData("a: *nothing\n", "names no anchor")]
    [InlineData("? [a, b]\n: c\n", "a key must be plain text")]
    public void Malformed_files_get_a_clear_message(string yaml, string expected)
    {
        var result = Read(yaml);
        Assert.False(result.Succeeded);
        Assert.Contains(expected, Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_does_not_become_part_of_the_first_key()
    {
        var root = (DataMap)Read("\uFEFFtitle: A\n").Root!;
        Assert.NotNull(root["title"]);
    }

    [Theory]
    [InlineData("cell: 1e999", "1e999")]
    [InlineData("cell: -1E400", "-1E400")]
    [InlineData("cell: 2.5", 2.5)]
    [InlineData("cell: 1E4620", "1E4620")]
    public void A_number_beyond_a_doubles_range_reaches_the_template_as_the_text_it_was_written(string yaml, object expected)
    {
        var cell = (DataScalar)((DataMap)Read(yaml).Root!)["cell"]!;

        Assert.Equal(expected, cell.ToClrValue());
    }
}
