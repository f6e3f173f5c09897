using BriefingGen.Data;

namespace BriefingGen.Benchmarks;

/// <summary>
/// The shipped sample made different for each paper of a run: every text of several words gets
/// the paper's number at its end, so no paragraph repeats from one paper to the next (as in a
/// weekly digest, where each paper says something new), while most words still do.
/// </summary>
internal static class VariedSample
{
    /// <summary>Paper <paramref name="number"/>'s variant of the sample, as YAML text.</summary>
    public static string Yaml(string samplePath, int number)
    {
        var sample = DataLoader.Load(samplePath);
        var root = sample.Root ?? throw new InvalidOperationException($"{samplePath} is not a brief: {string.Join("; ", sample.Diagnostics)}");
        return YamlDataWriter.Write(Vary(root, $" (no. {number})"));
    }

    private static DataNode Vary(DataNode node, string suffix) => node switch
    {
        DataMap map => new DataMap(map.Location, [.. map.Entries.Select(e => e with { Value = Vary(e.Value, suffix) })]),
        DataList list => new DataList(list.Location, [.. list.Items.Select(i => Vary(i, suffix))]),
        DataScalar { Kind: ScalarKind.String } text when text.Text.Trim().Contains(' ', StringComparison.Ordinal) => text with { Text = text.Text.TrimEnd() + suffix },
        _ => node,
    };
}
