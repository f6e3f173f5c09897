using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace BriefingGen.Data;

/// <summary>
/// Where a node sits in a data tree: the map keys and list indices that lead to it from the root,
/// written the way messages show them (<c>risks[2].title</c>, <c>author.name</c>, <c>["odd key"]</c>;
/// the root is the empty string). <see cref="Parse"/> reads back exactly what <see cref="ToString"/>
/// writes. Paths are immutable; <see cref="Append(string)"/> shares the parent, so walking a tree and
/// extending a path at every step costs one small object per step.
/// </summary>
public sealed record DataPath
{
    private readonly DataPath? _parent;
    private readonly DataPathSegment _last;
    private DataPathSegment[]? _segments;
    private string? _text;

    private DataPath(DataPath? parent, DataPathSegment last, int depth)
    {
        _parent = parent;
        _last = last;
        Depth = depth;
    }

    /// <summary>The path of the root node itself, written as the empty string.</summary>
    public static DataPath Root { get; } = new(null, default, 0);

    /// <summary>How many steps lead from the root; 0 for the root.</summary>
    public int Depth { get; }

    /// <summary>True for the root's path.</summary>
    public bool IsRoot => Depth == 0;

    /// <summary>The path one step shorter, or null for the root.</summary>
    public DataPath? Parent => IsRoot ? null : _parent;

    /// <summary>The last step, or null for the root.</summary>
    public DataPathSegment? Last => IsRoot ? null : _last;

    /// <summary>The steps from the root, first to last.</summary>
    public IReadOnlyList<DataPathSegment> Segments
    {
        get
        {
            if (_segments is null)
            {
                var segments = new DataPathSegment[Depth];
                for (var p = this; !p.IsRoot; p = p._parent!)
                {
                    segments[p.Depth - 1] = p._last;
                }

                _segments = segments;
            }

            return _segments;
        }
    }

    /// <summary>This path followed by the map key <paramref name="key"/>.</summary>
    public DataPath Append(string key) => new(this, DataPathSegment.OfKey(key), Depth + 1);

    /// <summary>This path followed by the zero-based list index <paramref name="index"/>.</summary>
    public DataPath Append(int index) => new(this, DataPathSegment.OfIndex(index), Depth + 1);

    /// <summary>This path followed by <paramref name="segment"/>.</summary>
    public DataPath Append(DataPathSegment segment) =>
        segment.Key is { } key ? Append(key) : Append(segment.Index);

    /// <summary>Reads a path as <see cref="ToString"/> writes it.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a path.</exception>
    public static DataPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DataPathSyntax.Parse(text, out var error) ?? throw new FormatException($"'{text}' is not a data path: {error}");
    }

    /// <summary>Reads a path as <see cref="ToString"/> writes it; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DataPath? path)
    {
        path = text is null ? null : DataPathSyntax.Parse(text, out _);
        return path is not null;
    }

    /// <summary>
    /// The node that <paramref name="path"/> leads to from <paramref name="root"/>, or null when a
    /// key is missing, an index is out of range, or a step expects a map or list and meets something else.
    /// </summary>
    public static DataNode? Find(DataNode root, DataPath path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        DataNode? node = root;
        foreach (var segment in path.Segments)
        {
            node = (node, segment.Key) switch
            {
                (DataMap map, { } key) => map[key],
                (DataList list, null) when segment.Index < list.Items.Count => list.Items[segment.Index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>True when both paths have the same steps.</summary>
    public bool Equals(DataPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Depth != other.Depth)
        {
            return false;
        }

        for (DataPath a = this, b = other; !a.IsRoot; a = a._parent!, b = b._parent!)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a._last != b._last)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the steps, agreeing with <see cref="Equals(DataPath?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var segment in Segments)
        {
            hash.Add(segment);
        }

        return hash.ToHashCode();
    }

    /// <summary>The path as messages write it: <c>risks[2].title</c>; the root is the empty string.</summary>
    public override string ToString()
    {
        if (_text is null)
        {
            var sb = new StringBuilder();
            foreach (var segment in Segments)
            {
                sb.Append(segment.ToString());
            }

            // The first key is written without the dot that joins it to what comes before.
            _text = sb.Length > 0 && sb[0] == '.' ? sb.ToString(1, sb.Length - 1) : sb.ToString();
        }

        return _text;
    }
}
