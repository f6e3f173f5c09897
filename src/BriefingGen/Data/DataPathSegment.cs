using System.Globalization;

namespace BriefingGen.Data;

/// <summary>One step of a <see cref="DataPath"/>: a map key or a list index.</summary>
public readonly record struct DataPathSegment
{
    private DataPathSegment(string? key, int index)
    {
        Key = key;
        Index = index;
    }

    /// <summary>The map key, or null when this step is a list index.</summary>
    public string? Key { get; }

    /// <summary>The zero-based list index, or -1 when this step is a map key.</summary>
    public int Index { get; }

    /// <summary>True when this step is a map key.</summary>
    public bool IsKey => Key is not null;

    /// <summary>A step into a map under <paramref name="key"/>.</summary>
    public static DataPathSegment OfKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key, -1);
    }

    /// <summary>A step into a list at zero-based <paramref name="index"/>.</summary>
    public static DataPathSegment OfIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(null, index);
    }

    /// <summary>The step as it is written after another one: <c>.key</c>, <c>["odd key"]</c> or <c>[2]</c>.</summary>
    public override string ToString() =>
        Key is null ? "[" + Index.ToString(CultureInfo.InvariantCulture) + "]"
        : DataPathSyntax.IsPlainKey(Key) ? "." + Key
        : "[" + DataPathSyntax.Quote(Key) + "]";
}
