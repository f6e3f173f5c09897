using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Components.Digest;

/// <summary>
/// Small helpers to read values out of a data tree and to build new trees, for the digest's data
/// step. Built nodes carry the location of the value they came from, so a diagnostic about a
/// digest's brief still points at the line of the brief's own file.
/// </summary>
internal static class DataBuild
{
    /// <summary>A map of <paramref name="entries"/>, located at <paramref name="at"/>; null values are left out.</summary>
    public static DataMap Map(SourceLocation at, params (string Key, DataNode? Value)[] entries) =>
        new(at, entries.Where(e => e.Value is not null).Select(e => new DataMapEntry(e.Key, e.Value!.Location, e.Value!)).ToList());

    /// <summary><paramref name="map"/> with <paramref name="key"/> set to <paramref name="value"/> (added at the end when new).</summary>
    public static DataMap With(DataMap map, string key, DataNode value)
    {
        var entries = map.Entries.Where(e => e.Key != key).ToList();
        var index = map.Entries.ToList().FindIndex(e => e.Key == key);
        var entry = new DataMapEntry(key, value.Location, value);
        if (index < 0)
        {
            entries.Add(entry);
        }
        else
        {
            entries.Insert(index, entry);
        }

        return new DataMap(map.Location, entries);
    }

    /// <summary><paramref name="map"/> without <paramref name="keys"/>.</summary>
    public static DataMap Without(DataMap map, params string[] keys) =>
        new(map.Location, map.Entries.Where(e => !keys.Contains(e.Key, StringComparer.Ordinal)).ToList());

    /// <summary>A list of <paramref name="items"/>.</summary>
    public static DataList List(SourceLocation at, IEnumerable<DataNode> items) => new(at, items.ToList());

    /// <summary>A text value.</summary>
    public static DataScalar Text(SourceLocation at, string text) => new(at, text, ScalarKind.String);

    /// <summary>A whole number.</summary>
    public static DataScalar Integer(SourceLocation at, long value) => new(at, value.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer);

    /// <summary>True or false.</summary>
    public static DataScalar Boolean(SourceLocation at, bool value) => new(at, value ? "true" : "false", ScalarKind.Boolean);

    /// <summary>The text under <paramref name="key"/>, or null when it is missing, null or not a scalar.</summary>
    public static string? TextOf(DataMap map, string key) =>
        map[key] is DataScalar { Kind: not ScalarKind.Null } scalar ? scalar.Text : null;

    /// <summary>The whole number under <paramref name="key"/>, or null.</summary>
    public static long? IntegerOf(DataMap map, string key) =>
        map[key] is DataScalar scalar && scalar.TryGetInteger(out var value) ? value : null;

    /// <summary>The maps in the list under <paramref name="key"/> (none when there is no such list).</summary>
    public static IReadOnlyList<DataMap> MapsOf(DataMap map, string key) =>
        map[key] is DataList list ? list.Items.OfType<DataMap>().ToList() : [];

    /// <summary>The items of the list under <paramref name="key"/> (none when there is no such list).</summary>
    public static IReadOnlyList<DataNode> ItemsOf(DataMap map, string key) =>
        map[key] is DataList list ? list.Items : [];
}
