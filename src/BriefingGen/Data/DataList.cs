using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>A sequence of nodes.</summary>
public sealed record DataList : DataNode
{
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
}
