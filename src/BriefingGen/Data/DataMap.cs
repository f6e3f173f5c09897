using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// A mapping of keys to nodes, in the order the file wrote them. Two maps are equal when they hold
/// the same keys with equal values; the order of the keys, like their locations, does not count.
/// </summary>
public sealed record DataMap : DataNode
{
    private readonly Dictionary<string, int> _index;
    private int _hash;

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

    /// <summary>True when both maps hold the same keys (ordinal) with equal values, in any order.</summary>
    public bool Equals(DataMap? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Entries.Count != other.Entries.Count)
        {
            return false;
        }

        foreach (var entry in Entries)
        {
            if (!other.TryGet(entry.Key, out var value) || !entry.Value.Equals(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash that does not depend on key order, computed once: the map never changes after it is made.</summary>
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            // A sum is the same in any order, as equality requires.
            var sum = Entries.Count;
            foreach (var entry in Entries)
            {
                sum = unchecked(sum + HashCode.Combine(StringComparer.Ordinal.GetHashCode(entry.Key), entry.Value.GetHashCode()));
            }

            // Zero marks "not yet computed"; a race only computes the same value twice.
            _hash = sum == 0 ? 1 : sum;
        }

        return _hash;
    }
}
