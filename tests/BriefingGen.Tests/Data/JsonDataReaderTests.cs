using BriefingGen.Data;

namespace BriefingGen.Tests.Data;

public class JsonDataReaderTests
{
    private static DataReadResult Read(string json, DataLimits? limits = null) => DataLoader.Parse(json, "brief.json", limits);

    [Fact]
    public void Positions_count_characters_not_bytes()
    {
        var root = (DataMap)Read("{\n  \"title\": \"Støre\", \"n\": 5\n}").Root!;
        var n = (DataScalar)root["n"]!;
        Assert.Equal((2, 26), (n.Location.Line, n.Location.Column));
        Assert.Equal(ScalarKind.Integer, n.Kind);
    }

    [Fact]
    public void Duplicate_keys_are_an_error()
    {
        var error = Assert.Single(Read("{\"a\": 1,\n \"a\": 2}").Diagnostics);
        Assert.Equal("brief.json:2:2: duplicate key \"a\" (first given at line 1); each key may appear once", error.ToString());
    }

    [Fact]
    public void Syntax_errors_name_line_and_column()
    {
        var error = Assert.Single(Read("{\n  \"title\": \"A\",\n  \"x\": ]\n}").Diagnostics);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("JSON syntax error", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"a\": 1,\n  ,\n}", "expected a key in double quotes, such as \"title\": …")]
    [InlineData("{'a': 1}", "expected a key in double quotes, such as \"title\": …")]
    [InlineData("{a: 1}", "expected a key in double quotes, such as \"title\": …")]
    [InlineData("{\"a\" 1}", "expected a colon after the key, such as \"title\": …")]
    [InlineData("{\"a\": 1 \"b\": 2}", "expected a comma, } or ] after the value")]
    [InlineData("{\"a\": nope}", "expected a value: text in double quotes, a number, true, false, null, a list [ ] or a map { }")]
    [InlineData("   \n", "the file holds no JSON; expected an object such as {\"title\": …}")]
    [InlineData("{\"a\": [1, 2]", "the file ends early; a closing } is missing")]
    [InlineData("{\"a\": [1, [2]", "the file ends early; a closing ] is missing")]
    [InlineData("{\"a\": [1, 2", "the file ends early: a number, or a closing } or ], is missing")]
    [InlineData("{\"a\": \"x", "a text is not closed: its closing double quote is missing")]
    [InlineData("{\"a\": \"x \\\" y", "a text is not closed: its closing double quote is missing")]
    [InlineData("{\"title\": \"x\",", "the file ends after a comma; expected the next key in double quotes, or remove the comma and close the map with }")]
    [InlineData("{\"title\": \"x\",\n  \"summary\": \"y\",\n", "the file ends after a comma; expected the next key in double quotes, or remove the comma and close the map with }")]
    [InlineData("{\"a\": [1,", "the file ends after a comma; expected the next item, or remove the comma and close the list with ]")]
    [InlineData("{\"title\"", "the file ends after a key; expected a colon and the key's value")]
    [InlineData("{\"a\": {\"b\": 1}, \"title\"", "the file ends after a key; expected a colon and the key's value")]
    [InlineData("{\"title\":", "the file ends after a colon; the key's value is missing")]
    [InlineData("{", "the file ends early; a closing } is missing")]
    [InlineData("// a comment\n{\"title\": \"x\"}", "a comment; JSON has none (remove it, or write the data as YAML, which allows # comments)")]
    [InlineData("{\"a\": 1, // a comment\n\"b\": 2}", "a comment; JSON has none (remove it, or write the data as YAML, which allows # comments)")]
    [InlineData("{\"a\": -}", "a number written wrongly; write digits, with a point for a fraction (2.5)")]
    [InlineData("{\"a\": 1}}", "more after the end of the data; the file holds one object, closed already")]
    [InlineData("{\"a\": \"line\nbreak\"}", "a control character (such as a line break or tab) inside a text; write it as \\n or \\t")]
    [InlineData("{\"a\": \"C:\\x\"}", "an unknown escape after a backslash in a text; write \\\\ for a backslash")]
    public void Syntax_errors_say_plainly_what_was_expected(string json, string expected)
    {
        var error = Assert.Single(Read(json).Diagnostics);
        Assert.Equal("JSON syntax error: " + expected, error.Message);
    }

    [Theory]
    [InlineData("{\"title\": \"half \\ud800 a pair\"}", 1, 11)]
    [InlineData("{\n \"\\udc00\": 1}", 2, 2)]
    public void Half_a_surrogate_pair_is_an_input_error_at_its_place(string json, int line, int column)
    {
        var error = Assert.Single(Read(json).Diagnostics);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains("half of a surrogate pair", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var json = new string('[', 5_000) + new string(']', 5_000);
        Assert.False(Read(json).Succeeded);
    }

    [Fact]
    public void Node_count_is_limited()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("1", 1_000)) + "]";
        var result = Read(json, new DataLimits { MaxNodes = 100 });
        Assert.Contains("more than 100 values", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_with_fractions_are_numbers_and_whole_ones_integers()
    {
        var root = (DataMap)Read("{\"a\": 3, \"b\": 3.0, \"c\": 1e3, \"d\": null, \"e\": false}").Root!;
        Assert.Equal(ScalarKind.Integer, ((DataScalar)root["a"]!).Kind);
        Assert.Equal(ScalarKind.Number, ((DataScalar)root["b"]!).Kind);
        Assert.Equal(ScalarKind.Number, ((DataScalar)root["c"]!).Kind);
        Assert.Equal(ScalarKind.Null, ((DataScalar)root["d"]!).Kind);
        Assert.Equal(ScalarKind.Boolean, ((DataScalar)root["e"]!).Kind);
    }

    [Fact]
    public void A_string_without_escapes_knows_where_its_text_starts()
    {
        var root = (DataMap)Read("{\n  \"a\": \"plain text\",\n  \"b\": \"tab\\there\"\n}").Root!;
        var start = ((DataScalar)root["a"]!).BlockTextStart!;
        Assert.Equal((2, 9), (start.Line, start.Column));
        Assert.Null(((DataScalar)root["b"]!).BlockTextStart);
    }
}
