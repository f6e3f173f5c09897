using BriefingGen.Data;
using BriefingGen.Testing;
using CsCheck;

namespace BriefingGen.Tests.Data;

public class DataPathTests
{
    [Fact]
    public void Paths_are_written_as_messages_write_them()
    {
        Assert.Equal("", DataPath.Root.ToString());
        Assert.Equal("risks[2].title", DataPath.Root.Append("risks").Append(2).Append("title").ToString());
        Assert.Equal("author.name", DataPath.Root.Append("author").Append("name").ToString());
        Assert.Equal("[0][1]", DataPath.Root.Append(0).Append(1).ToString());
        Assert.Equal("key_points[0]", DataPath.Root.Append("key_points").Append(0).ToString());
        Assert.Equal("områder[1].navn", DataPath.Root.Append("områder").Append(1).Append("navn").ToString());
    }

    [Theory]
    [InlineData("odd key", "[\"odd key\"]")]
    [InlineData("", "[\"\"]")]
    [InlineData("2026", "[\"2026\"]")]
    [InlineData("decision-by", "[\"decision-by\"]")]
    [InlineData("a.b", "[\"a.b\"]")]
    [InlineData("[0]", "[\"[0]\"]")]
    [InlineData("say \"hi\"", "[\"say \\\"hi\\\"\"]")]
    [InlineData("back\\slash", "[\"back\\\\slash\"]")]
    [InlineData("two\nlines", "[\"two\\nlines\"]")]
    [InlineData("bell\u0007", "[\"bell\\u0007\"]")]
    [InlineData("😀", "[\"😀\"]")]
    public void Odd_keys_are_quoted_and_escaped(string key, string written)
    {
        var path = DataPath.Root.Append("a").Append(key);
        Assert.Equal("a" + written, path.ToString());
        Assert.Equal(path, DataPath.Parse(path.ToString()));
        Assert.Equal(written, DataPath.Root.Append(key).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("title")]
    [InlineData("risks[2].title")]
    [InlineData("author.name")]
    [InlineData("[0]")]
    [InlineData("[3][0].x_y")]
    [InlineData("a[\"odd key\"].b")]
    [InlineData("[\"\"][\"0\"]")]
    [InlineData("_private.v2")]
    public void Parse_reads_back_what_ToString_writes(string text)
    {
        var path = DataPath.Parse(text);
        Assert.Equal(text, path.ToString());
        Assert.True(DataPath.TryParse(text, out var again));
        Assert.Equal(path, again);
    }

    [Fact]
    public void Parse_accepts_needless_quotes_and_json_escapes()
    {
        Assert.Equal(DataPath.Parse("risks[0].title"), DataPath.Parse("[\"risks\"][0][\"title\"]"));
        Assert.Equal("[\"a/b\\t\"]", DataPath.Parse("[\"a\\/b\\u0009\"]").ToString());
    }

    [Theory]
    [InlineData(".a")]
    [InlineData("a.")]
    [InlineData("a..b")]
    [InlineData("a[")]
    [InlineData("a[]")]
    [InlineData("a[01]")]
    [InlineData("a[-1]")]
    [InlineData("a[x]")]
    [InlineData("a]")]
    [InlineData("a b")]
    [InlineData("a[\"x")]
    [InlineData("a[\"x\"")]
    [InlineData("a[\"\\q\"]")]
    [InlineData("a[99999999999]")]
    [InlineData("2026")]
    public void Parse_refuses_what_is_not_a_path(string text)
    {
        Assert.False(DataPath.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => DataPath.Parse(text));
        Assert.Contains("character", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_Parent_Segments_and_Last_agree()
    {
        var path = DataPath.Parse("risks[2].title");
        Assert.Equal(3, path.Depth);
        Assert.Equal([DataPathSegment.OfKey("risks"), DataPathSegment.OfIndex(2), DataPathSegment.OfKey("title")], path.Segments);
        Assert.Equal(DataPathSegment.OfKey("title"), path.Last);
        Assert.Equal("risks[2]", path.Parent!.ToString());
        Assert.Equal("risks", path.Parent.Parent!.ToString());
        Assert.Same(DataPath.Root, path.Parent.Parent.Parent);
        Assert.Null(DataPath.Root.Parent);
        Assert.Null(DataPath.Root.Last);
        Assert.True(DataPath.Root.IsRoot);
        Assert.Equal(path, path.Parent.Append("title"));
        Assert.Equal(path.GetHashCode(), path.Parent.Append("title").GetHashCode());
        Assert.NotEqual(path, path.Parent.Append("titles"));
        Assert.NotEqual(DataPath.Parse("a[0]"), DataPath.Parse("a[\"0\"]"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataPath.Root.Append(-1));
    }

    [Fact]
    public void Find_follows_a_path_into_the_sample()
    {
        var root = DataLoader.Load(RepositoryPaths.Sample).Root!;
        Assert.Same(root, DataPath.Find(root, DataPath.Root));
        Assert.Equal("Sanctions widened to cover remaining cooperation", ((DataScalar)DataPath.Find(root, DataPath.Parse("risks[2].title"))!).Text);
        Assert.Equal("Ingrid Haugen", ((DataScalar)DataPath.Find(root, DataPath.Parse("author.name"))!).Text);
        Assert.Equal("Keep the Barents cooperation and search-and-rescue channels open at working level.", ((DataScalar)DataPath.Find(root, DataPath.Parse("recommendations[3]"))!).Text);
        Assert.Null(DataPath.Find(root, DataPath.Parse("risks[6]")));
        Assert.Null(DataPath.Find(root, DataPath.Parse("risks.title")));
        Assert.Null(DataPath.Find(root, DataPath.Parse("author[0]")));
        Assert.Null(DataPath.Find(root, DataPath.Parse("author.name.first")));
        Assert.Null(DataPath.Find(root, DataPath.Parse("nothing")));
    }

    [Fact]
    public void Any_path_survives_a_write_and_a_parse()
    {
        var segment = Gen.Frequency(
            (1, Gen.Int[0, 10_000].Select(DataPathSegment.OfIndex)),
            (2, DataTreeGen.Key.Select(DataPathSegment.OfKey)),
            (1, Gen.Char['\u0000', '\uFFFF'].Array[0, 6].Select(c => DataPathSegment.OfKey(new string(c)))));
        segment.Array[0, 6].Sample(segments =>
        {
            var path = segments.Aggregate(DataPath.Root, (p, s) => p.Append(s));
            var parsed = DataPath.Parse(path.ToString());
            Assert.Equal(path, parsed);
            Assert.Equal(path.ToString(), parsed.ToString());
        }, iter: 5_000);
    }
}
