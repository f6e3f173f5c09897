using BriefingGen.Data;

namespace BriefingGen.Benchmarks;

/// <summary>
/// The shipped sample made longer for the scaling measurements: every list of the brief (pillars,
/// cooperation areas, risks, recommendations, sources, key points) repeated, each copy's ids made
/// unique, so a paper of n times the sample has n times its content and the same mix of blocks.
/// </summary>
internal static class ScaledSample
{
    /// <summary>The sample with every list <paramref name="times"/> as long, as YAML text.</summary>
    public static string Yaml(string samplePath, int times) => Yaml(samplePath, (_, length) => length * times);

    /// <summary>The sample with the lists named in <paramref name="counts"/> cut or repeated to that many items.</summary>
    public static string Yaml(string samplePath, IReadOnlyDictionary<string, int> counts) =>
        Yaml(samplePath, (key, length) => counts.TryGetValue(key, out var count) ? count : length);

    /// <summary>The sample with each top-level list as long as <paramref name="lengthFor"/>(its key, its length) says.</summary>
    private static string Yaml(string samplePath, Func<string, int, int> lengthFor)
    {
        var sample = DataLoader.Load(samplePath);
        if (sample.Root is not DataMap root)
        {
            throw new InvalidOperationException($"{samplePath} is not a brief: {string.Join("; ", sample.Diagnostics)}");
        }

        var entries = root.Entries.Select(e => e.Value is DataList list
            ? e with { Value = new DataList(list.Location, [.. Enumerable.Range(0, lengthFor(e.Key, list.Items.Count)).Select(i => Copy(list.Items[i % list.Items.Count], i / list.Items.Count))]) }
            : e);
        return YamlDataWriter.Write(new DataMap(root.Location, [.. entries]));
    }

    /// <summary>The item as copy number <paramref name="copy"/>: the first keeps its id, later ones get "-n" after it.</summary>
    private static DataNode Copy(DataNode item, int copy) =>
        copy == 0 || item is not DataMap map
            ? item
            : new DataMap(map.Location, [.. map.Entries.Select(e => e is { Key: "id", Value: DataScalar id }
                ? e with { Value = id with { Text = $"{id.Text}-{copy}" } }
                : e)]);
}
