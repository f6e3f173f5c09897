using BriefingGen.Model;

namespace BriefingGen.Compose;

/// <summary>
/// Where each value a template can see came from in the data, keyed by the value object itself.
/// Templates work on plain strings and numbers, and a value written as it is arrives at the
/// composer as the same object, so its origin is found again; a value the template computed is a
/// new object and has none. Functions that format a value (a date, a number in words) pass its
/// origin on to their result. Values the schema limits to a list also keep that list, so a label
/// printed for one of them can offer the labels of the others.
/// </summary>
internal sealed class OriginTable
{
    private readonly Dictionary<object, Origin> _origins = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, IReadOnlyList<string>> _allowed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, int> _decimals = new(ReferenceEqualityComparer.Instance);

    /// <summary>Notes that <paramref name="value"/> came from <paramref name="origin"/>.</summary>
    public void Add(object value, Origin origin) => _origins[value] = origin;

    /// <summary>Notes the values the schema allows where <paramref name="value"/> stands.</summary>
    public void AddAllowed(object value, IReadOnlyList<string> allowed) => _allowed[value] = allowed;

    /// <summary>Notes that the number <paramref name="value"/> was written with <paramref name="decimals"/> digits after its point.</summary>
    public void AddDecimals(object value, int decimals) => _decimals[value] = decimals;

    /// <summary>How many digits the number <paramref name="value"/> was written with after its point, or null when it was not written in the data.</summary>
    public int? Decimals(object? value) => value is not null && _decimals.TryGetValue(value, out var decimals) ? decimals : null;

    /// <summary>The origin of <paramref name="value"/>, or null.</summary>
    public Origin? Find(object? value) => value is not null && _origins.TryGetValue(value, out var origin) ? origin : null;

    /// <summary>The values the schema allows where <paramref name="value"/> stands, or null when any is allowed.</summary>
    public IReadOnlyList<string>? Allowed(object? value) => value is not null && _allowed.TryGetValue(value, out var allowed) ? allowed : null;

    /// <summary>Gives <paramref name="result"/> the origin of <paramref name="source"/>, if it has one, shown as <paramref name="display"/>.</summary>
    public void Inherit(object result, object? source, ValueDisplay? display = null)
    {
        if (Find(source) is { } origin)
        {
            _origins[result] = display is null ? origin : origin with { Display = display };
        }
    }
}
