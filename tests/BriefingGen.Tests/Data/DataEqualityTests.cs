using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Data;

public class DataEqualityTests
{
    private static DataNode Yaml(string text) => DataLoader.Parse(text, "a.yaml").Root!;

    private static DataNode Json(string text) => DataLoader.Parse(text, "b.json").Root!;

    private static DataScalar Scalar(string yaml) => (DataScalar)((DataMap)Yaml("v: " + yaml))["v"]!;

    private static void AssertSame(DataNode a, DataNode b)
    {
        Assert.True(a.Equals(b));
        Assert.True(b.Equals(a));
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    private static void AssertDifferent(DataNode a, DataNode b)
    {
        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
        Assert.True(a != b);
    }

    [Fact]
    public void The_same_data_written_in_different_places_is_equal()
    {
        var a = Yaml("title: Brief\nrisks:\n  - id: R1\n    likelihood: 3\n");
        var b = Yaml("# a comment moves every line\n\n\nrisks: [ { likelihood: 3,   id: R1 } ]\ntitle: Brief\n");
        Assert.NotEqual(((DataMap)a)["title"]!.Location, ((DataMap)b)["title"]!.Location);
        AssertSame(a, b);
    }

    [Fact]
    public void Yaml_and_json_of_the_same_data_are_equal()
    {
        AssertSame(
            Yaml("title: Brief\ncount: 2\nratio: 1.50\nok: True\nnone: ~\nitems: [a, b]\nempty: {}\n"),
            Json("""{"empty": {}, "items": ["a", "b"], "none": null, "ok": true, "ratio": 1.5, "count": 2.0, "title": "Brief"}"""));
    }

    [Fact]
    public void Key_order_does_not_count_but_keys_and_values_do()
    {
        AssertSame(Yaml("a: 1\nb: 2\n"), Yaml("b: 2\na: 1\n"));
        AssertDifferent(Yaml("a: 1\nb: 2\n"), Yaml("a: 1\nb: 3\n"));
        AssertDifferent(Yaml("a: 1\nb: 2\n"), Yaml("a: 1\nc: 2\n"));
        AssertDifferent(Yaml("a: 1\nb: 2\n"), Yaml("a: 1\n"));
        AssertDifferent(Yaml("a: 1\n"), Yaml("A: 1\n"));
    }

    [Fact]
    public void List_order_counts()
    {
        AssertSame(Yaml("[1, 2, 3]"), Json("[1, 2, 3]"));
        AssertDifferent(Yaml("[1, 2, 3]"), Yaml("[3, 2, 1]"));
        AssertDifferent(Yaml("[1, 2]"), Yaml("[1, 2, 2]"));
        AssertDifferent(Yaml("[]"), Yaml("{}"));
    }

    [Theory]
    [InlineData("1.50", "1.5")]
    [InlineData("2", "2.0")]
    [InlineData("1e3", "1000")]
    [InlineData("0.1e1", "1")]
    [InlineData("-0", "0.0")]
    [InlineData("0412", "412")]
    [InlineData("+3", "3")]
    [InlineData(".5", "0.50")]
    [InlineData("5.", "5")]
    [InlineData("12345678901234567890123", "1.2345678901234567890123e22")]
    public void Numbers_compare_by_value(string a, string b) => AssertSame(Scalar(a), Scalar(b));

    [Theory]
    [InlineData("1", "2")]
    [InlineData("1.5", "-1.5")]
    [InlineData("9007199254740993", "9007199254740992")] // equal as doubles, not as numbers
    [InlineData("0.1", "0.10000000000000001")]
    [InlineData("3", "'3'")]
    [InlineData("1e400", "1e401")]
    public void Different_numbers_or_kinds_are_not_equal(string a, string b) => AssertDifferent(Scalar(a), Scalar(b));

    [Fact]
    public void Booleans_ignore_case_and_nulls_are_all_alike()
    {
        AssertSame(Scalar("true"), Scalar("True"));
        AssertSame(Scalar("FALSE"), Json("false"));
        AssertDifferent(Scalar("true"), Scalar("false"));
        AssertDifferent(Scalar("true"), Scalar("'true'"));
        AssertSame(Scalar("~"), Scalar("null"));
        AssertSame(Scalar("~"), Scalar(""));
        AssertSame(Scalar("NULL"), Json("null"));
        AssertDifferent(Scalar("null"), Scalar("''"));
    }

    [Fact]
    public void Text_compares_exactly()
    {
        AssertSame(Scalar("Norway"), Json("\"Norway\""));
        AssertDifferent(Scalar("Norway"), Scalar("norway"));
        AssertDifferent(Scalar("\"\u00E9\""), Scalar("\"e\u0301\"")); // no Unicode normalisation
        AssertDifferent(Scalar("'a '"), Scalar("a"));
    }

    [Fact]
    public void A_copy_with_another_location_is_equal()
    {
        var scalar = Scalar("3");
        var moved = scalar with { Location = new SourceLocation("other.yaml", 99, 9) };
        AssertSame(scalar, moved);
        var entry = new DataMapEntry("k", SourceLocation.OfFile("a"), scalar);
        Assert.Equal(entry, entry with { KeyLocation = new SourceLocation("b", 1, 1) });
    }

    [Fact]
    public void Equal_trees_collapse_in_a_hash_set()
    {
        var set = new HashSet<DataNode>
        {
            Yaml("a: [1, 2.0, {b: x}]\nc: true\n"),
            Json("""{"c": true, "a": [1.0, 2, {"b": "x"}]}"""),
            Yaml("a: [1, 2, {b: y}]\nc: true\n"),
        };
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void The_sample_equals_itself_read_twice()
    {
        var a = DataLoader.Load(Testing.RepositoryPaths.Sample).Root!;
        var b = DataLoader.Load(Testing.RepositoryPaths.Sample).Root!;
        Assert.NotSame(a, b);
        AssertSame(a, b);
    }
}
