using System.Text;
using BriefingGen.Data;

namespace BriefingGen.Components.Digest;

/// <summary>
/// A digest's snapshot: its data as the data step made it (briefs summarised, items sorted),
/// without the change marks, as JSON — what next week's run compares against. The same data gives
/// the same bytes.
/// </summary>
public static partial class DigestSnapshot
{
    /// <summary>The snapshot of a digest's data, as UTF-8 JSON.</summary>
    public static byte[] Of(DataNode digest) => Encoding.UTF8.GetBytes(JsonDataWriter.Write(Strip(digest)));

    /// <summary>The snapshot's file name: <c>&lt;name&gt;-&lt;year&gt;-W&lt;week&gt;.snapshot.json</c>, or null when the data has no week.</summary>
    public static string? FileName(string name, DataNode digest) =>
        digest is DataMap map && DataBuild.TextOf(map, "week") is { } week ? $"{name}-{week}.snapshot.json" : null;

    /// <summary>
    /// The newest snapshot in <paramref name="folder"/> of the digest named <paramref name="name"/>
    /// from a week before the one <paramref name="digest"/> (its data as written) falls in, or null
    /// when there is none. A run repeated in the same week thus still compares with the week before,
    /// not with itself.
    /// </summary>
    public static string? Previous(string folder, string name, DataNode digest)
    {
        if (digest is not DataMap map || DataBuild.TextOf(DigestWeek.Fill(map), "week") is not { } week || !Directory.Exists(folder))
        {
            return null;
        }

        var prefix = name + "-";
        const string Suffix = ".snapshot.json";
        return Directory.EnumerateFiles(folder, prefix + "*" + Suffix)
            .Select(path => (Path: path, Week: Path.GetFileName(path)[prefix.Length..^Suffix.Length]))
            .Where(s => WeekPattern().IsMatch(s.Week) && string.CompareOrdinal(s.Week, week) < 0)
            .OrderBy(s => s.Week, StringComparer.Ordinal)
            .Select(s => s.Path)
            .LastOrDefault();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-W\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex WeekPattern();

    /// <summary><paramref name="digest"/> without its change marks.</summary>
    internal static DataMap Strip(DataNode digest)
    {
        var map = (DataMap)StripNode(digest);
        return DataBuild.Without(map, DigestChanges.Summary);
    }

    private static DataNode StripNode(DataNode node) => node switch
    {
        DataMap map => new DataMap(map.Location, map.Entries.Where(e => e.Key != DigestChanges.Mark).Select(e => e with { Value = StripNode(e.Value) }).ToList()),
        DataList list => new DataList(list.Location, list.Items.Select(StripNode).ToList()),
        _ => node,
    };
}
