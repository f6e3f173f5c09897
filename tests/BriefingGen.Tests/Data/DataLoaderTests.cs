using BriefingGen.Data;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Data;

public class DataLoaderTests
{
    [Fact]
    public void An_oversized_file_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.yaml", "title: " + new string('x', 2_000));
        var result = DataLoader.Load(path, new DataLimits { MaxBytes = 1_000 });
        Assert.Contains("at most 1,000 bytes are allowed", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "latin1.yaml");
        File.WriteAllBytes(path, [(byte)'a', (byte)':', (byte)' ', 0xF8, 0xFF]);
        Assert.Contains("not valid UTF-8", Assert.Single(DataLoader.Load(path).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_says_so()
    {
        var result = DataLoader.Load("/no/such/brief.yaml");
        Assert.Equal("/no/such/brief.yaml: no such file", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void YAML_and_JSON_give_the_same_tree()
    {
        var yaml = (DataMap)DataLoader.Parse("title: A\nrisks:\n  - likelihood: 3\n", "a.yaml").Root!;
        var json = (DataMap)DataLoader.Parse("{\"title\": \"A\", \"risks\": [{\"likelihood\": 3}]}", "a.json").Root!;
        Assert.Equal(Shape(yaml), Shape(json));
    }

    private static string Shape(DataNode node) => node switch
    {
        DataMap m => "{" + string.Join(",", m.Entries.Select(e => e.Key + ":" + Shape(e.Value))) + "}",
        DataList l => "[" + string.Join(",", l.Items.Select(Shape)) + "]",
        DataScalar s => s.Kind + "=" + s.Text,
        _ => "?",
    };
}
