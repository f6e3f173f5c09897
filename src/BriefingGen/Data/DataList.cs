using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>A sequence of nodes. Two lists are equal when their items are equal one by one, in order.</summary>
public sealed record DataList : DataNode
{
    private int _hash;

    /// <summary>Creates a list.</summary>
    /// <param name="location">Where the list starts.</param>
    /// <param name="items">The items in order.</param>
    public DataList(SourceLocation location, IReadOnlyList<DataNode> items)
        : base(location)
    {
        Items = items;
        Weight = 1 + items.Sum(i => i.Weight);
    }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<DataNode> Items { get; }

    /// <inheritdoc />
    public override long Weight { get; }

    /// <inheritdoc />
    public override string Describe() => "a list";

    /// <summary>True when both lists hold equal items in the same order; locations are ignored.</summary>
    public bool Equals(DataList? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Items.Count != other.Items.Count)
        {
            return false;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (!Items[i].Equals(other.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the items in order, computed once: the list never changes after it is made.</summary>
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = new HashCode();
            hash.Add(Items.Count);
            foreach (var item in Items)
            {
                hash.Add(item.GetHashCode());
            }

            // Zero marks "not yet computed"; a race only computes the same value twice.
            _hash = hash.ToHashCode() is var h && h == 0 ? 1 : h;
        }

        return _hash;
    }
}
