using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Components.Digest;

/// <summary>
/// What changed since the digest of the week before (its snapshot): new items and briefs are
/// marked <c>change: {new: true}</c>; a risk whose score moved carries its previous score and band
/// and the direction; a cooperation area whose status changed, its previous status. A top-level
/// <c>changes</c> map gathers it all for the "Changes since" section, with the recommendations
/// added and dropped and what is no longer covered. Items are known by their address (or title),
/// briefs by their reference (or title), risks by id, areas by name.
/// </summary>
internal static class DigestChanges
{
    /// <summary>The key of a node's own change mark.</summary>
    public const string Mark = "change";

    /// <summary>The key of the digest's summary of changes.</summary>
    public const string Summary = "changes";

    /// <summary><paramref name="current"/> marked against <paramref name="previous"/>.</summary>
    public static DataMap Apply(DataMap current, DataMap previous, bool redline)
    {
        var at = current.Location;
        var found = new Found();

        var previousItems = FirstOf(AllItems(previous), ItemKey);
        var currentKeys = AllItems(current).Select(ItemKey).ToHashSet(StringComparer.Ordinal);
        var sections = DataBuild.MapsOf(current, "sections").Select(section =>
            section["items"] is DataList items
                ? DataBuild.With(section, "items", DataBuild.List(items.Location, items.Items.OfType<DataMap>().Select(item =>
                {
                    if (previousItems.ContainsKey(ItemKey(item)))
                    {
                        return (DataNode)item;
                    }

                    found.NewItems.Add(DataBuild.Map(item.Location, ("title", item["title"]), ("url", item["url"])));
                    return DataBuild.With(item, Mark, New(item.Location));
                })))
                : section).ToList();
        foreach (var (key, item) in previousItems.Where(p => !currentKeys.Contains(p.Key)))
        {
            found.Gone.Add(DataBuild.Map(at, ("kind", DataBuild.Text(at, "item")), ("title", item["title"]), ("url", item["url"])));
        }

        var previousBriefs = FirstOf(DataBuild.MapsOf(previous, "briefs"), BriefKey);
        var briefs = DataBuild.MapsOf(current, "briefs").Select(brief =>
            previousBriefs.TryGetValue(BriefKey(brief), out var before) ? Compare(brief, before, found) : New(brief, found)).ToList();
        var currentBriefs = DataBuild.MapsOf(current, "briefs").Select(BriefKey).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, brief) in previousBriefs.Where(p => !currentBriefs.Contains(p.Key)))
        {
            found.Gone.Add(DataBuild.Map(at, ("kind", DataBuild.Text(at, "brief")), ("title", brief["title"]), ("url", null)));
        }

        var marked = current;
        if (current["sections"] is DataList sectionList)
        {
            marked = DataBuild.With(marked, "sections", DataBuild.List(sectionList.Location, sections));
        }

        marked = DataBuild.With(marked, "briefs", DataBuild.List(current["briefs"]?.Location ?? at, briefs));
        return DataBuild.With(marked, Summary, DataBuild.Map(
            at,
            ("since", previous["date"]),
            ("since_week", previous["week"]),
            ("redline", DataBuild.Boolean(at, redline)),
            ("count", DataBuild.Integer(at, found.Count)),
            ("new_items", DataBuild.List(at, found.NewItems)),
            ("new_briefs", DataBuild.List(at, found.NewBriefs)),
            ("risks", DataBuild.List(at, found.Risks)),
            ("cooperation", DataBuild.List(at, found.Cooperation)),
            ("recommendations_added", DataBuild.List(at, found.Added)),
            ("recommendations_dropped", DataBuild.List(at, found.Dropped)),
            ("no_longer_covered", DataBuild.List(at, found.Gone))));
    }

    private static DataMap New(DataMap brief, Found found)
    {
        found.NewBriefs.Add(DataBuild.Map(brief.Location, ("title", brief["title"])));
        return DataBuild.With(brief, Mark, New(brief.Location));
    }

    /// <summary>A brief also in last week's digest: its risks, areas and recommendations compared.</summary>
    private static DataMap Compare(DataMap brief, DataMap before, Found found)
    {
        var title = brief["title"]!;
        var oldRisks = FirstOf(DataBuild.MapsOf(before, "risks"), r => DataBuild.TextOf(r, "id") ?? "");
        var risks = DataBuild.MapsOf(brief, "risks").Select(risk =>
        {
            var id = DataBuild.TextOf(risk, "id") ?? "";
            if (!oldRisks.TryGetValue(id, out var old))
            {
                found.Risks.Add(DataBuild.Map(risk.Location, ("brief", title), ("id", risk["id"]), ("title", risk["title"]), ("score", risk["score"]), ("band", risk["band"]), ("new", DataBuild.Boolean(risk.Location, true))));
                return DataBuild.With(risk, Mark, New(risk.Location));
            }

            var score = DataBuild.IntegerOf(risk, "score") ?? 0;
            var was = DataBuild.IntegerOf(old, "score") ?? 0;
            if (score == was)
            {
                return risk;
            }

            var at = risk.Location;
            var bandChanged = DataBuild.TextOf(risk, "band") != DataBuild.TextOf(old, "band");
            var move = DataBuild.Map(
                at,
                ("previous_score", DataBuild.Integer(at, was)),
                ("previous_band", old["band"]),
                ("direction", DataBuild.Text(at, score > was ? "up" : "down")),
                ("band_changed", DataBuild.Boolean(at, bandChanged)));
            found.Risks.Add(DataBuild.Map(at, ("brief", title), ("id", risk["id"]), ("title", risk["title"]), ("score", risk["score"]), ("band", risk["band"]), ("move", move)));
            return DataBuild.With(risk, Mark, move);
        }).ToList();

        var oldStatus = FirstOf(DataBuild.MapsOf(before, "cooperation"), a => DataBuild.TextOf(a, "name") ?? "").ToDictionary(p => p.Key, p => p.Value["status"], StringComparer.Ordinal);
        var areas = DataBuild.MapsOf(brief, "cooperation").Select(area =>
        {
            if (!oldStatus.TryGetValue(DataBuild.TextOf(area, "name") ?? "", out var was) || was is null || Equals(was, area["status"]))
            {
                return area;
            }

            var change = DataBuild.Map(area.Location, ("previous_status", was));
            found.Cooperation.Add(DataBuild.Map(area.Location, ("brief", title), ("name", area["name"]), ("status", area["status"]), ("previous_status", was)));
            return DataBuild.With(area, Mark, change);
        }).ToList();

        var oldTexts = DataBuild.MapsOf(before, "recommendations").Select(r => DataBuild.TextOf(r, "text")).ToHashSet(StringComparer.Ordinal);
        var newTexts = DataBuild.MapsOf(brief, "recommendations").Select(r => DataBuild.TextOf(r, "text")).ToHashSet(StringComparer.Ordinal);
        var recommendations = DataBuild.MapsOf(brief, "recommendations").Select(r =>
        {
            if (oldTexts.Contains(DataBuild.TextOf(r, "text")))
            {
                return r;
            }

            found.Added.Add(DataBuild.Map(r.Location, ("brief", title), ("text", r["text"])));
            return DataBuild.With(r, Mark, New(r.Location));
        }).ToList();
        var dropped = DataBuild.MapsOf(before, "recommendations").Where(r => !newTexts.Contains(DataBuild.TextOf(r, "text")))
            .Select(r => DataBuild.Text(brief.Location, DataBuild.TextOf(r, "text") ?? "")).ToList();
        found.Dropped.AddRange(dropped.Select(text => DataBuild.Map(brief.Location, ("brief", title), ("text", text))));

        var marked = DataBuild.With(brief, "risks", DataBuild.List(brief["risks"]?.Location ?? brief.Location, risks));
        marked = DataBuild.With(marked, "cooperation", DataBuild.List(brief["cooperation"]?.Location ?? brief.Location, areas));
        marked = DataBuild.With(marked, "recommendations", DataBuild.List(brief["recommendations"]?.Location ?? brief.Location, recommendations));
        var mark = new List<(string, DataNode?)>();
        if (dropped.Count > 0)
        {
            mark.Add(("recommendations_dropped", DataBuild.List(brief.Location, dropped)));
        }

        // Last week's summary, where it differs, for a redline of what the brief now says.
        if (before["summary"] is DataScalar summary && DataBuild.TextOf(brief, "summary") != summary.Text)
        {
            mark.Add(("previous_summary", DataBuild.Text(brief.Location, summary.Text)));
        }

        return mark.Count == 0 ? marked : DataBuild.With(marked, Mark, DataBuild.Map(brief.Location, [.. mark]));
    }

    /// <summary>Each map by its key; when two share a key, the first (a snapshot may hold such pairs, and they must not stop the digest).</summary>
    private static Dictionary<string, DataMap> FirstOf(IEnumerable<DataMap> maps, Func<DataMap, string> key)
    {
        var result = new Dictionary<string, DataMap>(StringComparer.Ordinal);
        foreach (var map in maps)
        {
            result.TryAdd(key(map), map);
        }

        return result;
    }

    private static DataMap New(SourceLocation at) => DataBuild.Map(at, ("new", DataBuild.Boolean(at, true)));

    private static IEnumerable<DataMap> AllItems(DataMap digest) =>
        DataBuild.MapsOf(digest, "sections").SelectMany(s => DataBuild.MapsOf(s, "items"));

    private static string ItemKey(DataMap item) => DigestItems.Address(item) ?? "title:" + DataBuild.TextOf(item, "title");

    private static string BriefKey(DataMap brief) => DataBuild.TextOf(brief, "reference") ?? "title:" + DataBuild.TextOf(brief, "title");

    /// <summary>The changes found, by kind.</summary>
    private sealed class Found
    {
        public List<DataNode> NewItems { get; } = [];

        public List<DataNode> NewBriefs { get; } = [];

        public List<DataNode> Risks { get; } = [];

        public List<DataNode> Cooperation { get; } = [];

        public List<DataNode> Added { get; } = [];

        public List<DataNode> Dropped { get; } = [];

        public List<DataNode> Gone { get; } = [];

        public int Count => NewItems.Count + NewBriefs.Count + Risks.Count + Cooperation.Count + Added.Count + Dropped.Count + Gone.Count;
    }
}
