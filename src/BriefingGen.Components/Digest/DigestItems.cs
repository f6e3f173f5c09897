using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Components.Digest;

/// <summary>
/// The week's items, as a reader wants them: in each section the most important first, then the
/// newest, then by title; every item with an importance (<c>medium</c> when the data gives none);
/// and an address that appears twice kept once, where it first appears, with the tags of both,
/// and a warning at the second.
/// </summary>
internal static class DigestItems
{
    /// <summary>The importances, most important first.</summary>
    public static readonly string[] Importances = ["high", "medium", "low"];

    /// <summary><paramref name="digest"/> with its sections' items merged and sorted.</summary>
    public static DataMap Arrange(DataMap digest, DiagnosticBag diagnostics)
    {
        var sections = DataBuild.MapsOf(digest, "sections");
        if (sections.Count == 0)
        {
            return digest;
        }

        var firstByAddress = new Dictionary<string, (int Section, int Item, string Path)>(StringComparer.Ordinal);
        var dropped = new HashSet<(int, int)>();
        var extraTags = new Dictionary<(int, int), List<DataNode>>();
        for (var s = 0; s < sections.Count; s++)
        {
            var items = DataBuild.MapsOf(sections[s], "items");
            for (var i = 0; i < items.Count; i++)
            {
                if (Address(items[i]) is not { } address)
                {
                    continue;
                }

                var path = $"sections[{s}].items[{i}]";
                if (firstByAddress.TryGetValue(address, out var first))
                {
                    dropped.Add((s, i));
                    var tags = extraTags.TryGetValue((first.Section, first.Item), out var list) ? list : extraTags[(first.Section, first.Item)] = [];
                    tags.AddRange(DataBuild.ItemsOf(items[i], "tags"));
                    diagnostics.Warning(items[i].Location, path + ".url", $"the same address as {first.Path} (\"{DataBuild.TextOf(DataBuild.MapsOf(sections[first.Section], "items")[first.Item], "title")}\"); the two are merged into that one");
                }
                else
                {
                    firstByAddress[address] = (s, i, path);
                }
            }
        }

        var arranged = sections.Select((section, s) =>
        {
            var items = DataBuild.MapsOf(section, "items")
                .Select((item, i) => (Item: item, Index: i))
                .Where(x => !dropped.Contains((s, x.Index)))
                .Select(x => Complete(x.Item, extraTags.GetValueOrDefault((s, x.Index))))
                .OrderBy(item => Array.IndexOf(Importances, DataBuild.TextOf(item, "importance")))
                .ThenByDescending(item => DataBuild.TextOf(item, "date") ?? "", StringComparer.Ordinal)
                .ThenBy(item => DataBuild.TextOf(item, "title") ?? "", StringComparer.Ordinal)
                .ToList();
            return section["items"] is DataList list ? DataBuild.With(section, "items", DataBuild.List(list.Location, items)) : section;
        });
        return DataBuild.With(digest, "sections", DataBuild.List(digest["sections"]!.Location, arranged.ToList()));
    }

    /// <summary>The item's address as compared for duplicates: scheme and host in lower case, no fragment, no trailing slash.</summary>
    public static string? Address(DataMap item)
    {
        var url = DataBuild.TextOf(item, "url")?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri && !string.IsNullOrEmpty(uri.Host)
            ? (uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.PathAndQuery).TrimEnd('/')
            : url.TrimEnd('/');
    }

    /// <summary>The item with its importance filled in and <paramref name="moreTags"/> (from its duplicates) added to its own, each tag once.</summary>
    private static DataMap Complete(DataMap item, List<DataNode>? moreTags)
    {
        if (DataBuild.TextOf(item, "importance") is null)
        {
            item = DataBuild.With(item, "importance", DataBuild.Text(item.Location, "medium"));
        }

        if (moreTags is { Count: > 0 })
        {
            var tags = DataBuild.ItemsOf(item, "tags").Concat(moreTags)
                .DistinctBy(t => (t as DataScalar)?.Text, StringComparer.Ordinal)
                .ToList();
            item = DataBuild.With(item, "tags", DataBuild.List(item["tags"]?.Location ?? item.Location, tags));
        }

        return item;
    }
}
