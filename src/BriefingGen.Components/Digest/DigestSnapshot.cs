using System.Text;
using BriefingGen.Data;

namespace BriefingGen.Components.Digest;

/// <summary>
/// A digest's snapshot: its data as the data step made it (briefs summarised, items sorted),
/// without the change marks, as JSON — what next week's run compares against. The same data gives
/// the same bytes.
/// </summary>
public static class DigestSnapshot
{
    /// <summary>The snapshot of a digest's data, as UTF-8 JSON.</summary>
    public static byte[] Of(DataNode digest) => Encoding.UTF8.GetBytes(JsonDataWriter.Write(Strip(digest)));

    /// <summary>The snapshot's file name: <c>&lt;name&gt;-&lt;year&gt;-W&lt;week&gt;.snapshot.json</c>, or null when the data has no week.</summary>
    public static string? FileName(string name, DataNode digest) =>
        digest is DataMap map && DataBuild.TextOf(map, "week") is { } week ? $"{name}-{week}.snapshot.json" : null;

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
