using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;

namespace BriefingGen.Packs;

/// <summary>
/// Reads typed settings out of a pack file's map (<c>template.yaml</c>, <c>theme.yaml</c>) with a
/// diagnostic at the line and column of every value that is missing its type, out of range or not
/// finite, and of every key the file should not have. A key written with no value reads as not
/// given, so a half-filled file falls back to the defaults instead of failing.
/// </summary>
internal sealed class SettingsReader
{
    private readonly DataMap _map;
    private readonly string _prefix;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Reads <paramref name="map"/>, naming its keys after <paramref name="prefix"/> in messages.</summary>
    public SettingsReader(DataMap map, string prefix, DiagnosticBag diagnostics)
    {
        _map = map;
        _prefix = prefix;
        _diagnostics = diagnostics;
    }

    /// <summary>The map being read.</summary>
    public DataMap Map => _map;

    /// <summary>Reports every key not in <paramref name="known"/>, suggesting the nearest known one.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var entry in _map.Entries.Where(e => !known.Contains(e.Key, StringComparer.Ordinal)))
        {
            var suggestion = Suggestions.Closest(entry.Key, known) is { } s ? $"; did you mean '{s}'?" : $"; expected one of: {string.Join(", ", known)}";
            _diagnostics.Error(entry.KeyLocation, Name(entry.Key), $"unknown setting '{entry.Key}'{suggestion}");
        }
    }

    /// <summary>A text setting, or null when not given.</summary>
    public string? Text(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is DataScalar scalar && scalar.Kind != ScalarKind.Null)
        {
            return scalar.Text;
        }

        Expected(node, key, "text");
        return null;
    }

    /// <summary>A number in <paramref name="min"/>–<paramref name="max"/>, or null when not given or wrong.</summary>
    public double? Number(string key, double min, double max)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is DataScalar scalar && scalar.TryGetNumber(out var value) && double.IsFinite(value))
        {
            if (value >= min && value <= max)
            {
                return value;
            }

            _diagnostics.Error(node.Location, Name(key), $"{value.ToString(CultureInfo.InvariantCulture)} is out of range; expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        Expected(node, key, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    /// <summary>A true/false setting, or null when not given.</summary>
    public bool? Bool(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is DataScalar { Kind: ScalarKind.Boolean } scalar)
        {
            return scalar.ToClrValue() is true;
        }

        Expected(node, key, "true or false");
        return null;
    }

    /// <summary>A list of non-empty texts (a single text counts as a list of one), or null when not given.</summary>
    public IReadOnlyList<string>? TextList(string key, bool allowEmpty = false)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        var items = node switch
        {
            DataList list => list.Items,
            DataScalar { Kind: ScalarKind.String } => [node],
            _ => null,
        };
        if (items is null || items.Any(i => i is not DataScalar { Kind: not ScalarKind.Null } s || s.Text.Trim().Length == 0))
        {
            Expected(node, key, "a list of names");
            return null;
        }

        if (items.Count == 0 && !allowEmpty)
        {
            _diagnostics.Error(node.Location, Name(key), "the list is empty; give at least one");
            return null;
        }

        return items.Select(i => ((DataScalar)i).Text.Trim()).ToList();
    }

    /// <summary>A nested map's reader, or null when not given.</summary>
    public SettingsReader? Section(string key)
    {
        var node = Value(key);
        if (node is null)
        {
            return null;
        }

        if (node is DataMap map)
        {
            return new SettingsReader(map, Name(key), _diagnostics);
        }

        Expected(node, key, "a map of settings");
        return null;
    }

    /// <summary>The value under <paramref name="key"/>, or null when absent or written with no value.</summary>
    public DataNode? Value(string key) => _map[key] is { } node && node is not DataScalar { Kind: ScalarKind.Null } ? node : null;

    /// <summary>Reports an error at <paramref name="node"/>, naming <paramref name="key"/>.</summary>
    public void Error(DataNode node, string key, string message) => _diagnostics.Error(node.Location, Name(key), message);

    private void Expected(DataNode node, string key, string what) =>
        _diagnostics.Error(node.Location, Name(key), $"expected {what}, got {node.Describe()}");

    private string Name(string key) => _prefix.Length == 0 ? key : $"{_prefix}.{key}";
}
