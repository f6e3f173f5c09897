using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data.Schema;

/// <summary>
/// Turns a pack's <c>schema.json</c> into <see cref="SchemaNode"/>s, resolving local
/// <c>$ref: "#/$defs/name"</c> references. A keyword outside the supported subset is an error, so
/// a pack author never believes a rule is checked when it is not.
/// </summary>
internal sealed class SchemaReader
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "examples", "default",
        "type", "properties", "required", "additionalProperties", "items", "enum",
        "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "pattern", "format",
        "contentMediaType",
    ];

    private readonly DataMap? _defs;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    private SchemaReader(DataMap? defs, DiagnosticBag diagnostics)
    {
        _defs = defs;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads the schema file at <paramref name="path"/>.</summary>
    public static SchemaNode? Load(string path, DiagnosticBag diagnostics)
    {
        var read = DataLoader.Load(path);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        var defs = read.Root is DataMap root ? root["$defs"] as DataMap : null;
        var before = diagnostics.Items.Count;
        var schema = new SchemaReader(defs, diagnostics).Read(read.Root!);
        return diagnostics.Items.Skip(before).Any(d => d.Severity == Severity.Error) ? null : schema;
    }

    private SchemaNode Read(DataNode node)
    {
        if (node is not DataMap map)
        {
            Error(node, "a schema must be an object");
            return SchemaNode.Any;
        }

        if (map["$ref"] is DataScalar reference)
        {
            return Resolve(reference);
        }

        foreach (var entry in map.Entries.Where(e => !Known.Contains(e.Key)))
        {
            _diagnostics.Error(entry.KeyLocation, "", $"schema keyword '{entry.Key}' is not supported; supported: {string.Join(", ", Known.Order(StringComparer.Ordinal))}");
        }

        return new SchemaNode
        {
            Types = map["type"] switch
            {
                DataScalar s => [s.Text],
                DataList l => l.Items.OfType<DataScalar>().Select(s => s.Text).ToArray(),
                _ => [],
            },
            Properties = map["properties"] is DataMap props
                ? props.Entries.ToDictionary(e => e.Key, e => Read(e.Value), StringComparer.Ordinal)
                : new Dictionary<string, SchemaNode>(),
            Required = map["required"] is DataList req ? req.Items.OfType<DataScalar>().Select(s => s.Text).ToArray() : [],
            AdditionalProperties = map["additionalProperties"] is not DataScalar { Kind: ScalarKind.Boolean, Text: "false" },
            Items = map["items"] is { } items ? Read(items) : null,
            Enum = map["enum"] is DataList values ? values.Items.OfType<DataScalar>().Select(s => s.Text).ToArray() : null,
            Minimum = Number(map["minimum"]),
            Maximum = Number(map["maximum"]),
            MinItems = (int?)Number(map["minItems"]),
            MaxItems = (int?)Number(map["maxItems"]),
            MinLength = (int?)Number(map["minLength"]),
            MaxLength = (int?)Number(map["maxLength"]),
            Pattern = (map["pattern"] as DataScalar)?.Text,
            Format = (map["format"] as DataScalar)?.Text,
            ContentMediaType = (map["contentMediaType"] as DataScalar)?.Text,
            Description = (map["description"] as DataScalar)?.Text,
        };
    }

    private SchemaNode Resolve(DataScalar reference)
    {
        const string prefix = "#/$defs/";
        var name = reference.Text.StartsWith(prefix, StringComparison.Ordinal) ? reference.Text[prefix.Length..] : null;
        if (name is null || _defs?[name] is not { } target)
        {
            Error(reference, $"$ref '{reference.Text}' must name an entry of $defs as \"#/$defs/NAME\"");
            return SchemaNode.Any;
        }

        if (!_resolving.Add(name))
        {
            Error(reference, $"$ref '{reference.Text}' refers to itself; recursive schemas are not supported");
            return SchemaNode.Any;
        }

        var schema = Read(target);
        _resolving.Remove(name);
        return schema;
    }

    private double? Number(DataNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is DataScalar s && s.TryGetNumber(out var value))
        {
            return value;
        }

        Error(node, "expected a number");
        return null;
    }

    private void Error(DataNode node, string message) => _diagnostics.Error(node.Location, "", message);

    /// <summary>Formats a bound without a needless ".0".</summary>
    internal static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
