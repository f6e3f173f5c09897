using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Model;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Model;

/// <summary>Every piece of text a template wrote from the data knows where in the data it came from.</summary>
public class OriginTests
{
    private static readonly Lazy<BriefingResult> Sample = new(() => TestEngines.PolicyBrief.Render(DataSource.FromFile(RepositoryPaths.Sample)));

    /// <summary>Every text value in the data with its path, as the templates see it (white space folded).</summary>
    private static IEnumerable<(string Path, string Text, DataScalar Node)> Values(DataNode node, string path = "")
    {
        switch (node)
        {
            case DataMap map:
                foreach (var entry in map.Entries)
                {
                    foreach (var value in Values(entry.Value, path.Length == 0 ? entry.Key : $"{path}.{entry.Key}"))
                    {
                        yield return value;
                    }
                }

                break;
            case DataList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    foreach (var value in Values(list.Items[i], $"{path}[{i}]"))
                    {
                        yield return value;
                    }
                }

                break;
            case DataScalar { Kind: ScalarKind.String } scalar:
                yield return (path, string.Join(' ', scalar.Text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)), scalar);
                break;
        }
    }

    private static IEnumerable<Text> Texts(Document document) => document.Sections.SelectMany(ModelWalker.DescendantsAndSelf).OfType<Text>();

    [Fact]
    public void No_text_from_the_data_is_without_an_origin()
    {
        var result = Sample.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var values = Values(result.Data!).Where(v => v.Text.Length >= 6).ToList();
        var orphans = Texts(result.Document!)
            .Where(t => t.Origin is null)
            .Select(t => (Text: t.Value, From: values.FirstOrDefault(v => t.Value.Contains(v.Text, StringComparison.Ordinal))))
            .Where(x => x.From.Path is not null)
            .ToList();
        Assert.True(orphans.Count == 0, "data text without an origin:\n" + string.Join("\n", orphans.Select(o => $"{o.From.Path}: {o.Text}")));
    }

    [Fact]
    public void Every_text_value_of_the_sample_reaches_the_paper_with_its_path_and_position()
    {
        // Left out: values the templates turn into labels (status, trend…), dates written long, link targets, and the marking, which is a banner.
        var result = Sample.Value;
        var texts = Texts(result.Document!).Where(t => t.Origin is not null).ToList();
        var plain = Values(result.Data!)
            .Where(v => v.Path is not "template" and not "language" and not "date" and not "classification" && !v.Path.EndsWith(".status", StringComparison.Ordinal)
                && !v.Path.EndsWith(".outlook", StringComparison.Ordinal) && !v.Path.EndsWith(".trend", StringComparison.Ordinal)
                && !v.Path.EndsWith(".priority", StringComparison.Ordinal) && !v.Path.EndsWith(".decision_by", StringComparison.Ordinal) && !v.Path.EndsWith(".url", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(plain);
        var missing = plain.Where(v => !texts.Any(t => t.Origin!.Path == v.Path && t.Origin.Location == v.Node.Location)).Select(v => v.Path).ToList();
        Assert.True(missing.Count == 0, "no text carries these values' origin:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_papers_properties_know_which_values_they_came_from()
    {
        var metadata = Sample.Value.Document!.Metadata;
        Assert.Equal(new[] { "author", "classification", "date", "language", "organisation", "reference", "subtitle", "title" }, metadata.Origins.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("author.name", metadata.Origins["author"].Path);
        Assert.Equal(5, metadata.Origins["title"].Location.Line);
    }
}
