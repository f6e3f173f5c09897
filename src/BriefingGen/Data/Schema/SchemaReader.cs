using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data.Schema;

/// <summary>
/// Turns a pack's <c>schema.json</c> into <see cref="SchemaNode"/>s. A keyword outside the
/// supported subset, or a keyword whose value is not of the kind it takes, is an error at its line
/// and column, so a pack author never believes a rule is checked when it is not.
/// </summary>
/// <remarks>
/// Each schema object in the file is read once: every <c>$defs</c> entry becomes one node that all
/// references share (<see cref="SchemaDefinitions"/>), so reading is linear in the file's size
/// however often entries name each other, and an entry may refer to itself. The file's size, the
/// nesting of schema objects and their number are bounded by <see cref="SchemaLimits"/>.
/// </remarks>
internal sealed class SchemaReader
{
    private readonly SchemaLimits _limits;
    private readonly DiagnosticBag _diagnostics;
    private readonly KeywordReader _keywords;
    private readonly PatternCompiler _patterns;
    private readonly SchemaDefinitions _definitions;
    private int _nodes;
    private bool _tooDeep;
    private bool _tooMany;

    private SchemaReader(DataMap? defs, SchemaLimits limits, DiagnosticBag diagnostics)
    {
        _limits = limits;
        _diagnostics = diagnostics;
        _keywords = new KeywordReader(diagnostics);
        _patterns = new PatternCompiler(limits, _keywords);
        _definitions = new SchemaDefinitions(defs, this, _keywords);
    }

    /// <summary>Reads the schema file at <paramref name="path"/>; null when it has errors, which are in <paramref name="diagnostics"/>.</summary>
    /// <param name="path">The schema file (JSON, or YAML by its extension).</param>
    /// <param name="diagnostics">Where errors and warnings go.</param>
    /// <param name="limits">Limits to enforce, or null for <see cref="SchemaLimits.Default"/>.</param>
    public static SchemaNode? Load(string path, DiagnosticBag diagnostics, SchemaLimits? limits = null)
    {
        limits ??= SchemaLimits.Default;
        var file = new FileInfo(path);
        if (file.Exists && file.Length > limits.MaxBytes)
        {
            diagnostics.Error(SourceLocation.OfFile(path), "", string.Create(CultureInfo.InvariantCulture, $"the schema file is {file.Length:N0} bytes; schema files may be at most {limits.MaxBytes:N0} bytes"));
            return null;
        }

        var read = DataLoader.Load(path, limits.FileLimits);
        diagnostics.AddRange(read.Diagnostics);
        return read.Succeeded ? Read(read.Root!, diagnostics, limits) : null;
    }

    /// <summary>Reads a schema already read into a tree; null when it has errors, which are in <paramref name="diagnostics"/>.</summary>
    public static SchemaNode? Read(DataNode root, DiagnosticBag diagnostics, SchemaLimits? limits = null)
    {
        var found = new DiagnosticBag();
        var defs = root is DataMap map ? map["$defs"] : null;
        if (defs is not null and not DataMap)
        {
            found.Error(defs.Location, "", $"'$defs': expected a map of names to schemas, got {SchemaWords.Got(defs)}");
        }

        // Entries of $defs are read after the rest; the messages are put back in file order.
        var reader = new SchemaReader(defs as DataMap, limits ?? SchemaLimits.Default, found);
        var schema = reader.ReadSchema(root, 1, isRoot: true);
        reader._definitions.ReadAll();
        diagnostics.AddRange(found.Items.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column));
        return found.HasErrors ? null : schema;
    }

    /// <summary>Reads the schema object <paramref name="node"/>, <paramref name="depth"/> levels down; a <c>$ref</c> gives the shared node of its entry.</summary>
    internal SchemaNode ReadSchema(DataNode node, int depth, bool isRoot = false)
    {
        if (!Enter(node, depth, isRoot, out var map))
        {
            return SchemaNode.Any;
        }

        if (map["$ref"] is not { } reference)
        {
            return new SchemaNode(ReadRules(map, depth));
        }

        CheckAnnotations(map);
        return _definitions.Resolve(reference, depth);
    }

    /// <summary>Reads the body of a <c>$defs</c> entry that is not a bare reference.</summary>
    internal SchemaRules ReadDefinition(DataNode body) =>
        Enter(body, 1, isRoot: false, out var map) ? ReadRules(map, 1) : SchemaRules.None;

    /// <summary>Checks that <paramref name="node"/> is a schema object within the limits and that its keywords are known.</summary>
    private bool Enter(DataNode node, int depth, bool isRoot, out DataMap map)
    {
        map = null!;
        if (node is not DataMap m)
        {
            var hint = node is DataScalar { Kind: ScalarKind.Boolean } ? "; true and false are not supported as schemas: write {} to accept anything" : "";
            _diagnostics.Error(node.Location, "", $"expected a schema (a map of keywords such as \"type\"), got {SchemaWords.Got(node)}{hint}");
            return false;
        }

        if (depth > _limits.MaxDepth)
        {
            Once(ref _tooDeep, m, $"schema objects nest more than {_limits.MaxDepth} levels deep here (counting each $ref between $defs entries that only name each other); expected at most {_limits.MaxDepth}");
            return false;
        }

        if (++_nodes > _limits.MaxNodes)
        {
            Once(ref _tooMany, m, string.Create(CultureInfo.InvariantCulture, $"the schema holds more than {_limits.MaxNodes:N0} schema objects; expected at most that many"));
            return false;
        }

        CheckKeywords(m, isRoot);
        map = m;
        return true;
    }

    private void CheckKeywords(DataMap map, bool isRoot)
    {
        var reference = map["$ref"] is not null;
        foreach (var entry in map.Entries)
        {
            if (!SchemaKeywords.IsKnown(entry.Key))
            {
                var near = _keywords.Nearest(entry.Key, SchemaKeywords.Known);
                _diagnostics.Error(entry.KeyLocation, "", SchemaWords.WithKnown($"schema keyword '{Excerpt.Of(entry.Key)}' is not supported", near, "supported", SchemaKeywords.Known.Order(StringComparer.Ordinal), SchemaKeywords.Known.Count));
            }
            else if (entry.Key == "$defs" && !isRoot)
            {
                _diagnostics.Error(entry.KeyLocation, "", "'$defs': read only at the top of the schema file; move these entries there");
            }
            else if (reference && entry.Key != "$ref" && entry.Key != "$defs" && !SchemaKeywords.Annotations.Contains(entry.Key))
            {
                _diagnostics.Error(entry.KeyLocation, "", $"'{entry.Key}': not supported beside '$ref', which alone decides what is accepted; move '{entry.Key}' into the $defs entry, or make a new entry");
            }
        }
    }

    private SchemaRules ReadRules(DataMap map, int depth)
    {
        var properties = ReadProperties(map, depth);
        var additional = _keywords.Boolean(map, "additionalProperties", "; a schema for the other fields is not supported") ?? true;
        var rules = new SchemaRules
        {
            Types = _keywords.Types(map),
            Properties = properties,
            Required = ReadRequired(map, properties, additional),
            AdditionalProperties = additional,
            Items = map["items"] is { } items ? ReadItems(items, depth) : null,
            Enum = _keywords.Enum(map),
            Minimum = _keywords.Bound(map, "minimum"),
            Maximum = _keywords.Bound(map, "maximum"),
            MinItems = _keywords.Count(map, "minItems"),
            MaxItems = _keywords.Count(map, "maxItems"),
            MinLength = _keywords.Count(map, "minLength"),
            MaxLength = _keywords.Count(map, "maxLength"),
            Pattern = _patterns.Read(map),
            Format = _keywords.Choice(map, "format", SchemaKeywords.Formats),
            ContentMediaType = _keywords.Choice(map, "contentMediaType", [SchemaKeywords.Markdown]),
            Description = map["description"] is DataScalar { Kind: ScalarKind.String } description ? description.Text : null,
        };

        CheckAnnotations(map);
        Ordered(map, "minimum", rules.Minimum, "maximum", rules.Maximum);
        Ordered(map, "minItems", rules.MinItems, "maxItems", rules.MaxItems);
        Ordered(map, "minLength", rules.MinLength, "maxLength", rules.MaxLength);
        return rules;
    }

    /// <summary>Checks that the keywords that only describe are text, even where (beside <c>$ref</c>) they are not kept.</summary>
    private void CheckAnnotations(DataMap map)
    {
        foreach (var annotation in (ReadOnlySpan<string>)["title", "description", "$comment", "$schema", "$id"])
        {
            _keywords.Text(map, annotation);
        }
    }

    private Dictionary<string, SchemaNode> ReadProperties(DataMap map, int depth)
    {
        var properties = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        switch (map["properties"])
        {
            case null:
                break;
            case DataMap fields:
                foreach (var field in fields.Entries)
                {
                    properties[field.Key] = ReadSchema(field.Value, depth + 1);
                }

                break;
            case var other:
                _keywords.Error(other, "properties", $"expected a map of field names to schemas, got {SchemaWords.Got(other)}");
                break;
        }

        return properties;
    }

    private IReadOnlyList<string> ReadRequired(DataMap map, Dictionary<string, SchemaNode> properties, bool additional)
    {
        var required = _keywords.Required(map);
        if (!additional && required.Count > 0)
        {
            var warned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in ((DataList)map["required"]!).Items)
            {
                if (item is DataScalar { Kind: ScalarKind.String } name && !properties.ContainsKey(name.Text) && warned.Add(name.Text))
                {
                    _keywords.Warning(item, "required", $"'{Excerpt.Of(name.Text)}' is not declared in 'properties', and additionalProperties is false, so no data can have it{SchemaWords.DidYouMean(_keywords.Nearest(name.Text, properties.Keys))}");
                }
            }
        }

        return required;
    }

    private SchemaNode? ReadItems(DataNode items, int depth)
    {
        if (items is DataList)
        {
            _keywords.Error(items, "items", "expected one schema that every item meets, got a list; a schema for each position is not supported");
            return null;
        }

        return ReadSchema(items, depth + 1);
    }

    /// <summary>Reports a lower bound above its upper bound, which no value could meet.</summary>
    private void Ordered(DataMap map, string lowKeyword, double? low, string highKeyword, double? high)
    {
        if (low > high)
        {
            _keywords.Error(map[highKeyword]!, highKeyword, $"expected at least {lowKeyword}, {SchemaWords.Show(low.Value)}, got {SchemaWords.Show(high!.Value)}; no value could meet both");
        }
    }

    private void Once(ref bool reported, DataNode node, string message)
    {
        if (!reported)
        {
            reported = true;
            _diagnostics.Error(node.Location, "", message);
        }
    }
}
