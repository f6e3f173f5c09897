using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data.Schema;

/// <summary>
/// Checks a data tree against a <see cref="SchemaNode"/> and reports every mismatch at the node's
/// own line and column, with a path into the data and the values that would have been accepted.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);
    private readonly DiagnosticBag _diagnostics;

    private SchemaValidator(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>Validates <paramref name="root"/>; problems are added to <paramref name="diagnostics"/>.</summary>
    public static void Validate(DataNode root, SchemaNode schema, DiagnosticBag diagnostics) =>
        new SchemaValidator(diagnostics).Check(root, schema, "");

    private void Check(DataNode node, SchemaNode schema, string path)
    {
        if (!TypeMatches(node, schema))
        {
            Fail(node, path, $"expected {Expected(schema)}, got {Got(node)}");
            return;
        }

        switch (node)
        {
            case DataMap map:
                CheckMap(map, schema, path);
                break;
            case DataList list:
                CheckList(list, schema, path);
                break;
            case DataScalar scalar:
                CheckScalar(scalar, schema, path);
                break;
        }
    }

    private void CheckMap(DataMap map, SchemaNode schema, string path)
    {
        foreach (var name in schema.Required)
        {
            if (map[name] is null or DataScalar { Kind: ScalarKind.Null })
            {
                var what = schema.Properties.TryGetValue(name, out var p) ? $" ({Expected(p)})" : "";
                Fail(map, path, $"missing required field '{name}'{what}");
            }
        }

        foreach (var entry in map.Entries)
        {
            var childPath = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
            if (schema.Properties.TryGetValue(entry.Key, out var child))
            {
                // An empty optional field ("subtitle:") means the same as leaving it out.
                if (entry.Value is not DataScalar { Kind: ScalarKind.Null } || schema.Required.Contains(entry.Key))
                {
                    Check(entry.Value, child, childPath);
                }
            }
            else if (!schema.AdditionalProperties)
            {
                var hint = Suggestions.Closest(entry.Key, schema.Properties.Keys) is { } near ? $"; did you mean '{near}'?" : "";
                _diagnostics.Error(entry.KeyLocation, childPath, $"unknown field '{entry.Key}'{hint} Known fields: {string.Join(", ", schema.Properties.Keys)}");
            }
        }
    }

    private void CheckList(DataList list, SchemaNode schema, string path)
    {
        if (list.Items.Count < schema.MinItems)
        {
            Fail(list, path, schema.MinItems == 1 ? "expected at least one item, got an empty list" : $"expected at least {schema.MinItems} items, got {list.Items.Count}");
        }

        if (list.Items.Count > schema.MaxItems)
        {
            Fail(list, path, $"expected at most {schema.MaxItems} items, got {list.Items.Count}");
        }

        if (schema.Items is { } items)
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                Check(list.Items[i], items, $"{path}[{i}]");
            }
        }
    }

    private void CheckScalar(DataScalar scalar, SchemaNode schema, string path)
    {
        if (scalar.Kind == ScalarKind.Null)
        {
            return;
        }

        if (schema.Enum is { } allowed && !allowed.Contains(scalar.Text, StringComparer.Ordinal))
        {
            var hint = Suggestions.Closest(scalar.Text, allowed) is { } near ? $" (did you mean '{near}'?)" : "";
            Fail(scalar, path, $"expected one of {string.Join(", ", allowed)}, got \"{scalar.Text}\"{hint}");
            return;
        }

        if (scalar.TryGetNumber(out var number) && (number < schema.Minimum || number > schema.Maximum))
        {
            Fail(scalar, path, $"expected {Expected(schema)}, got {scalar.Text}");
            return;
        }

        var text = scalar.Text;
        if (text.Length < schema.MinLength)
        {
            Fail(scalar, path, schema.MinLength == 1 ? "expected some text, got an empty string" : $"expected at least {schema.MinLength} characters, got {text.Length}");
        }

        if (text.Length > schema.MaxLength)
        {
            Fail(scalar, path, $"expected at most {schema.MaxLength:N0} characters, got {text.Length:N0}");
        }

        if (schema.Pattern is { } pattern && !Matches(text, pattern))
        {
            Fail(scalar, path, $"expected text matching {pattern}, got \"{text}\"");
        }

        switch (schema.Format)
        {
            case "date" when !IsDate(text):
                Fail(scalar, path, $"expected a date as YYYY-MM-DD, got \"{text}\"");
                break;
            case "uri" when !IsWebAddress(text):
                Fail(scalar, path, $"expected an absolute address such as https://example.org/page, got \"{text}\"");
                break;
        }
    }

    private static bool TypeMatches(DataNode node, SchemaNode schema) =>
        schema.Types.Count == 0 || schema.Types.Any(type => (type, node) switch
        {
            ("object", DataMap) => true,
            ("array", DataList) => true,
            ("integer", DataScalar s) => s.Kind == ScalarKind.Integer,
            ("number", DataScalar s) => s.Kind is ScalarKind.Integer or ScalarKind.Number,
            ("boolean", DataScalar s) => s.Kind == ScalarKind.Boolean,
            ("null", DataScalar s) => s.Kind == ScalarKind.Null,

            // YAML reads `reference: 0412` as a number; a text field takes it as written.
            ("string", DataScalar s) => s.Kind != ScalarKind.Null,
            _ => false,
        });

    /// <summary>Describes what a schema accepts in words a policy officer understands.</summary>
    internal static string Expected(SchemaNode schema)
    {
        if (schema.Enum is { } values)
        {
            return "one of " + string.Join(", ", values);
        }

        var words = schema.Types.Where(t => t != "null").Select(type => type switch
        {
            "integer" => "a whole number" + Range(schema),
            "number" => "a number" + Range(schema),
            "string" when schema.Format == "date" => "a date as YYYY-MM-DD",
            "string" when schema.Format == "uri" => "a web address",
            "string" => "text",
            "object" => "a map of fields",
            "array" => "a list",
            "boolean" => "true or false",
            _ => type,
        }).ToList();
        return words.Count == 0 ? "a value" : string.Join(" or ", words);
    }

    private static string Range(SchemaNode s) => (s.Minimum, s.Maximum) switch
    {
        ({ } lo, { } hi) => $" from {SchemaReader.Show(lo)} to {SchemaReader.Show(hi)}",
        ({ } lo, null) => $" of at least {SchemaReader.Show(lo)}",
        (null, { } hi) => $" of at most {SchemaReader.Show(hi)}",
        _ => "",
    };

    private static string Got(DataNode node) => node switch
    {
        DataScalar { Kind: ScalarKind.String } s => $"\"{Shorten(s.Text)}\"",
        DataScalar { Kind: ScalarKind.Null } => "nothing",
        DataScalar s => s.Text,
        _ => node.Describe(),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    internal static bool IsDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private void Fail(DataNode node, string path, string message) => _diagnostics.Error(node.Location, path, message);
}
