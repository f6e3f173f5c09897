using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>A mapping of keys to nodes, in the order the file wrote them.</summary>
public sealed record DataMap : DataNode
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a map; keys must be unique (readers report duplicates before this).</summary>
    /// <param name="location">Where the map starts.</param>
    /// <param name="entries">The entries in file order.</param>
    public DataMap(SourceLocation location, IReadOnlyList<DataMapEntry> entries)
        : base(location)
    {
        Entries = entries;
        _index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            _index[entries[i].Key] = i;
        }

        Weight = 1 + entries.Sum(e => e.Value.Weight);
    }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<DataMapEntry> Entries { get; }

    /// <inheritdoc />
    public override long Weight { get; }

    /// <summary>Finds the node stored under <paramref name="key"/>.</summary>
    public bool TryGet(string key, out DataNode value)
    {
        if (_index.TryGetValue(key, out var i))
        {
            value = Entries[i].Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>The node stored under <paramref name="key"/>, or null.</summary>
    public DataNode? this[string key] => TryGet(key, out var v) ? v : null;

    /// <inheritdoc />
    public override string Describe() => "a map";
}
