using System.Text;
using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;
using BriefingGen.Testing;
using CsCheck;

namespace BriefingGen.Tests.Data;

/// <summary>
/// Hostile and broken schemas: each ends in a diagnostic at its line and column, never in an
/// exception, a hang or a rule silently not checked.
/// </summary>
public class SchemaHardeningTests
{
    /// <summary>Reads <paramref name="json"/> as a pack's schema.json; locations name the file "schema.json".</summary>
    private static (SchemaNode? Schema, List<Diagnostic> Diagnostics) Read(string json, SchemaLimits? limits = null)
    {
        using var folder = new TempFolder();
        var path = folder.Write("schema.json", json);
        var diagnostics = new DiagnosticBag();
        var schema = SchemaReader.Load(path, diagnostics, limits);
        return (schema, diagnostics.Items.Select(d => d with { Location = d.Location with { File = "schema.json" } }).ToList());
    }

    private static SchemaNode ReadValid(string json)
    {
        var (schema, diagnostics) = Read(json);
        Assert.Empty(diagnostics);
        return schema!;
    }

    private static List<Diagnostic> Validate(SchemaNode schema, string yaml, SchemaLimits? limits = null)
    {
        var read = DataLoader.Parse(yaml, "data.yaml");
        Assert.True(read.Succeeded);
        var diagnostics = new DiagnosticBag();
        SchemaValidator.Validate(read.Root!, schema, diagnostics, limits);
        return [.. diagnostics.Items];
    }

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToList();

    // ---- 1. patterns

    [Fact]
    public void An_invalid_pattern_is_an_error_at_the_pattern()
    {
        var (schema, diagnostics) = Read("""
            {
              "properties": {
                "code": { "type": "string", "pattern": "^[a-z" }
              }
            }
            """);
        Assert.Null(schema);
        Assert.Equal(
            ["schema.json:3:44: 'pattern': \"^[a-z\" is not a valid regular expression: unterminated bracket after character 5 of the pattern"],
            Lines(diagnostics));
    }

    [Fact]
    public void A_value_a_pattern_refuses_is_told_what_the_schema_describes_before_the_pattern_itself()
    {
        var schema = ReadValid("""
            {
              "properties": {
                "time": { "type": "string", "pattern": "^[0-9]{2}:[0-9]{2}$", "description": "HH:MM, such as 09:30." },
                "code": { "type": "string", "pattern": "^[A-Z]+$" },
                "lang": { "type": "string", "pattern": "^[a-z]{2}$", "description": "A language code, such as en." }
              }
            }
            """);

        var errors = Validate(schema, "time: 9h30\ncode: abc\nlang: eng\n").Select(d => d.Message).ToList();

        Assert.Equal("expected HH:MM, such as 09:30 (text matching ^[0-9]{2}:[0-9]{2}$), got \"9h30\"", errors[0]);
        Assert.Equal("expected text matching ^[A-Z]+$, got \"abc\"", errors[1]);
        Assert.Equal("expected a language code, such as en (text matching ^[a-z]{2}$), got \"eng\"", errors[2]);
    }

    [Fact]
    public void Each_pattern_is_compiled_once_and_runs_in_linear_time_when_it_can()
    {
        var schema = ReadValid("""
            {
              "properties": {
                "a": { "pattern": "^[A-Z]{2}-\\d+$" },
                "b": { "pattern": "^[A-Z]{2}-\\d+$" },
                "twice": { "pattern": "^(ab)\\1$" }
              }
            }
            """);
        var a = schema.Properties["a"].Pattern!;
        Assert.Same(a, schema.Properties["b"].Pattern);
        Assert.True(a.IsLinear);

        // A backreference needs the backtracking engine, which still works (with a timeout).
        var twice = schema.Properties["twice"].Pattern!;
        Assert.False(twice.IsLinear);
        Assert.Equal(PatternOutcome.Matched, twice.Match("abab"));
        Assert.Equal(PatternOutcome.NotMatched, twice.Match("abba"));
        Assert.Empty(Validate(schema, "a: NO-12\ntwice: abab\n"));
    }

    [Fact]
    public void A_pattern_that_times_out_is_an_error_at_the_data_naming_value_and_pattern()
    {
        // The lookahead forces backtracking, which is exponential in the run of a's.
        var schema = ReadValid("""{ "properties": { "code": { "pattern": "^(?=(a+)+b)" } } }""");
        var limits = SchemaLimits.Default with { MatchTimeout = TimeSpan.FromMilliseconds(10) };
        var error = Assert.Single(Validate(schema, "other: 1\ncode: " + new string('a', 40) + "\n", limits));
        Assert.Equal(
            "data.yaml:2:7: code: not checked: matching the pattern ^(?=(a+)+b) against \"" + new string('a', 40) + "\" took more than 0.01 s; simplify the pattern or shorten the text",
            error.ToString());
    }

    [Fact]
    public void Pattern_matching_has_a_budget_for_the_whole_document()
    {
        var schema = ReadValid("""{ "type": "array", "items": { "pattern": "^x" } }""");
        var limits = SchemaLimits.Default with { MatchBudget = TimeSpan.Zero };
        var error = Assert.Single(Validate(schema, "- x1\n- x2\n- x3\n", limits));
        Assert.Equal("data.yaml:2:3: [1]: not checked against the pattern ^x, nor any value after it: pattern matching took more than 0 s for this data; simplify the schema's patterns", error.ToString());
    }

    [Fact]
    public void Pattern_size_and_number_are_bounded()
    {
        var limits = SchemaLimits.Default with { MaxPatternLength = 5, MaxPatterns = 1 };
        var (_, diagnostics) = Read("""
            {
              "properties": {
                "a": { "pattern": "^abcdef" },
                "b": { "pattern": "^a" },
                "c": { "pattern": "^b" },
                "d": { "pattern": "^c" }
              }
            }
            """, limits);
        Assert.Equal(
            [
                "schema.json:3:23: 'pattern': expected a regular expression of at most 5 characters, got 7",
                "schema.json:5:23: 'pattern': the schema has more than 1 different patterns; expected at most that many, so this pattern and those after it were not compiled",
            ],
            Lines(diagnostics));
    }

    // ---- 2. $ref: shared, recursive, bounded

    /// <summary>Thirty entries, each naming the next twice: written out, 2^30 schemas.</summary>
    private static string ExponentialSchema(int levels)
    {
        var json = new StringBuilder("{\n  \"$ref\": \"#/$defs/d0\",\n  \"$defs\": {\n");
        for (var i = 0; i < levels; i++)
        {
            json.Append($"    \"d{i}\": {{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": {{ \"a\": {{ \"$ref\": \"#/$defs/d{i + 1}\" }}, \"b\": {{ \"$ref\": \"#/$defs/d{i + 1}\" }} }} }},\n");
        }

        return json.Append($"    \"d{levels}\": {{ \"type\": \"integer\" }}\n  }}\n}}\n").ToString();
    }

    /// <summary>The number of different nodes reachable from <paramref name="root"/>.</summary>
    private static int Reachable(SchemaNode root)
    {
        var seen = new HashSet<SchemaNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<SchemaNode>([root]);
        while (stack.TryPop(out var node))
        {
            if (seen.Add(node))
            {
                foreach (var child in node.Properties.Values.Append(node.Items).OfType<SchemaNode>())
                {
                    stack.Push(child);
                }
            }
        }

        return seen.Count;
    }

    [Fact]
    public void An_exponential_reference_chain_reads_each_entry_once_and_validates()
    {
        var schema = ReadValid(ExponentialSchema(30));

        // One node per entry, shared by both references to it.
        Assert.Equal(31, Reachable(schema));
        Assert.Same(schema.Properties["a"], schema.Properties["b"]);

        // A document thirty levels down the chain: the wrong leaf is found at its place.
        var yaml = new StringBuilder();
        for (var i = 0; i < 30; i++)
        {
            yaml.Append(' ', 2 * i).Append(i % 2 == 0 ? "a:" : "b:").Append('\n');
        }

        var path = string.Join(".", Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? "a" : "b"));
        var error = Assert.Single(Validate(schema, yaml.ToString().TrimEnd('\n') + " seven\n"));
        Assert.Equal($"data.yaml:30:62: {path}: expected a whole number, got \"seven\"", error.ToString());
        Assert.Empty(Validate(schema, yaml.ToString().TrimEnd('\n') + " 7\n"));
    }

    [Fact]
    public void An_exponential_schema_in_a_pack_loads_and_renders()
    {
        using var pack = new Templates.TestPack("# {{ data.a.b.a.b }}\n").With("schema.json", ExponentialSchema(30).Replace("\"additionalProperties\": false, ", "", StringComparison.Ordinal));
        var result = pack.Render("language: en-GB\na:\n  b:\n    a:\n      b:\n        a: {}\n");
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_recursive_schema_works_and_checks_data_at_any_depth()
    {
        var schema = ReadValid("""
            {
              "$ref": "#/$defs/section",
              "$defs": {
                "section": {
                  "type": "object",
                  "required": ["title"],
                  "properties": {
                    "title": { "type": "string" },
                    "subsections": { "type": "array", "items": { "$ref": "#/$defs/section" } }
                  }
                }
              }
            }
            """);
        Assert.Same(schema, schema.Properties["subsections"].Items);
        var yaml = """
            title: Top
            subsections:
              - title: One
                subsections:
                  - title: Deep
                    subsections:
                      - subsections: []
            """;
        var error = Assert.Single(Validate(schema, yaml));
        Assert.Equal("data.yaml:7:13: subsections[0].subsections[0].subsections[0]: missing required field 'title' (text)", error.ToString());
    }

    [Fact]
    public void A_recursive_schema_over_data_deeper_than_any_file_stops_at_the_depth_limit()
    {
        var schema = ReadValid("""{ "$ref": "#/$defs/n", "$defs": { "n": { "type": "object", "properties": { "n": { "$ref": "#/$defs/n" } } } } }""");

        // Ten thousand levels, as only a tree built in code can be: no stack overflow.
        var at = new SourceLocation("code", 1, 1);
        DataNode tree = new DataMap(at, []);
        for (var i = 0; i < 10_000; i++)
        {
            tree = new DataMap(at, [new DataMapEntry("n", at, tree)]);
        }

        var diagnostics = new DiagnosticBag();
        SchemaValidator.Validate(tree, schema, diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("the data is nested more than 128 levels deep here; it was not checked further", error.Message);
        Assert.Equal(129, DataPath.Parse(error.DataPath).Depth);
    }

    [Fact]
    public void Entries_that_are_only_references_to_each_other_are_an_error_at_the_reference_closing_the_loop()
    {
        var (schema, diagnostics) = Read("""
            {
              "properties": { "x": { "$ref": "#/$defs/a" } },
              "$defs": {
                "a": { "$ref": "#/$defs/b" },
                "b": { "$ref": "#/$defs/a" },
                "self": { "$ref": "#/$defs/self" }
              }
            }
            """);
        Assert.Null(schema);
        Assert.Equal(
            [
                "schema.json:5:20: '$ref': the $defs entries a → b → a are only references to each other, so they describe no value; a reference back to an entry must pass through 'properties' or 'items'",
                "schema.json:6:23: '$ref': the $defs entries self → self are only references to each other, so they describe no value; a reference back to an entry must pass through 'properties' or 'items'",
            ],
            Lines(diagnostics));
    }

    [Fact]
    public void An_entry_that_only_names_another_is_that_entry()
    {
        var schema = ReadValid("""
            {
              "properties": { "when": { "$ref": "#/$defs/day" } },
              "$defs": {
                "day": { "$ref": "#/$defs/date", "description": "A day." },
                "date": { "type": "string", "format": "date" }
              }
            }
            """);
        Assert.Equal("date", schema.Properties["when"].Format);
        Assert.Equal("data.yaml:1:7: when: expected a date as YYYY-MM-DD, got \"soon\"", Assert.Single(Validate(schema, "when: soon\n")).ToString());
    }

    [Fact]
    public void Mistakes_in_unused_entries_are_reported_too()
    {
        var (_, diagnostics) = Read("""
            {
              "$defs": {
                "unused": { "type": "strng" }
              }
            }
            """);
        Assert.Equal(["schema.json:3:25: 'type': expected one of string, integer, number, boolean, object, array, null, got \"strng\"; did you mean 'string'?"], Lines(diagnostics));
    }

    // ---- 3. keyword values

    [Theory]
    [InlineData("\"type\": \"strng\"", "\"strng\"", "'type': expected one of string, integer, number, boolean, object, array, null, got \"strng\"; did you mean 'string'?")]
    [InlineData("\"type\": [\"string\", \"nul\"]", "\"nul\"", "'type': expected one of string, integer, number, boolean, object, array, null, got \"nul\"; did you mean 'null'?")]
    [InlineData("\"type\": \"int\"", "\"int\"", "'type': expected one of string, integer, number, boolean, object, array, null, got \"int\"; did you mean 'integer'?")]
    [InlineData("\"type\": []", "[]", "'type': expected a type name such as \"string\", or a list of them, got an empty list")]
    [InlineData("\"minLength\": -1", "-1", "'minLength': expected a whole number from 0 to 2,147,483,647, got -1")]
    [InlineData("\"maxItems\": 1.5", "1.5", "'maxItems': expected a whole number from 0 to 2,147,483,647, got 1.5")]
    [InlineData("\"maxLength\": 99999999999", "99999999999", "'maxLength': expected a whole number from 0 to 2,147,483,647, got 99999999999")]
    [InlineData("\"minimum\": 1e999", "1e999", "'minimum': expected a finite number, got 1e999")]
    [InlineData("\"maximum\": \"5\"", "\"5\"", "'maximum': expected a finite number, got \"5\"")]
    [InlineData("\"minimum\": 5, \"maximum\": 1", "1", "'maximum': expected at least minimum, 5, got 1; no value could meet both")]
    [InlineData("\"enum\": []", "[]", "'enum': expected a list of at least one allowed value, got an empty list")]
    [InlineData("\"enum\": [\"a\", [1]]", "[1]", "'enum': expected a single value (text, a number, true or false), got a list")]
    [InlineData("\"format\": \"date-time\"", "\"date-time\"", "'format': expected one of date, uri, time-span, got \"date-time\"")]
    [InlineData("\"format\": \"url\"", "\"url\"", "'format': expected one of date, uri, time-span, got \"url\"; did you mean 'uri'?")]
    [InlineData("\"contentMediaType\": \"text/markdwon\"", "\"text/", "'contentMediaType': expected 'text/markdown', the only one supported, got \"text/markdwon\"; did you mean 'text/markdown'?")]
    [InlineData("\"required\": \"title\"", "\"title\"", "'required': expected a list of field names such as [\"title\"], got \"title\"")]
    [InlineData("\"required\": [1]", "1", "'required': expected a field name (text), got 1")]
    [InlineData("\"properties\": []", "[]", "'properties': expected a map of field names to schemas, got an empty list")]
    [InlineData("\"properties\": { \"a\": \"string\" }", "\"string\"", "expected a schema (a map of keywords such as \"type\"), got \"string\"")]
    [InlineData("\"items\": [{}]", "[{}]", "'items': expected one schema that every item meets, got a list; a schema for each position is not supported")]
    [InlineData("\"items\": true", "true", "expected a schema (a map of keywords such as \"type\"), got true; true and false are not supported as schemas: write {} to accept anything")]
    [InlineData("\"additionalProperties\": {}", "{}", "'additionalProperties': expected true or false, got an empty map; a schema for the other fields is not supported")]
    [InlineData("\"description\": 5", "5", "'description': expected text, got 5")]
    [InlineData("\"$ref\": \"#/$defs/step\", \"title\": [\"x\"]", "[", "'title': expected text, got a list")]
    [InlineData("\"maxLenght\": 3", "\"maxLenght\"", "schema keyword 'maxLenght' is not supported; did you mean 'maxLength'? Supported: $comment, $defs, $id, $ref, $schema, additionalProperties, contentMediaType, default, description, enum, examples, format, items, maxItems, maxLength, maximum, minItems, minLength, minimum, pattern, properties, required, title, type")]
    [InlineData("\"$defs\": {}", "\"$defs\"", "'$defs': read only at the top of the schema file; move these entries there")]
    [InlineData("\"$ref\": \"other.json#/$defs/x\"", "\"other", "'$ref': expected a reference to an entry of this file's $defs as \"#/$defs/NAME\", got \"other.json#/$defs/x\"; references to other files or into other parts of a schema are not supported")]
    [InlineData("\"$ref\": \"#/$defs/step/minimum\"", "\"#", "'$ref': expected a reference to an entry of this file's $defs as \"#/$defs/NAME\", got \"#/$defs/step/minimum\"; references to other files or into other parts of a schema are not supported")]
    [InlineData("\"$ref\": \"#/$defs/stp\"", "\"#", "'$ref': expected the name of an entry of $defs, got 'stp'; did you mean 'step'? Entries: step")]
    [InlineData("\"$ref\": \"#/$defs/step\", \"maximum\": 3", "\"maximum\"", "'maximum': not supported beside '$ref', which alone decides what is accepted; move 'maximum' into the $defs entry, or make a new entry")]
    public void A_keyword_value_of_the_wrong_kind_is_an_error_at_the_value(string keywords, string pointAt, string message)
    {
        var json = "{\n  \"properties\": {\n    \"f\": { " + keywords + " }\n  },\n  \"$defs\": { \"step\": { \"type\": \"integer\" } }\n}\n";
        var (schema, diagnostics) = Read(json);
        Assert.Null(schema);
        var error = Assert.Single(diagnostics);
        Assert.Equal($"schema.json:3:{12 + keywords.IndexOf(pointAt, StringComparison.Ordinal)}: {message}", error.ToString());
    }

    [Fact]
    public void A_required_field_that_closed_properties_cannot_hold_is_a_warning()
    {
        var (schema, diagnostics) = Read("""
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["title", "summry"],
              "properties": { "title": {}, "summary": {} }
            }
            """);
        Assert.NotNull(schema);
        Assert.Equal(["schema.json:4:25: warning: 'required': 'summry' is not declared in 'properties', and additionalProperties is false, so no data can have it; did you mean 'summary'?"], Lines(diagnostics));
    }

    [Fact]
    public void Every_mistake_in_a_schema_is_reported_in_one_run()
    {
        var (_, diagnostics) = Read("""
            {
              "type": "objet",
              "properties": {
                "a": { "minLength": "one" },
                "b": { "pattern": "(" }
              }
            }
            """);
        Assert.Equal(["2:11", "4:25", "5:23"], diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column}"));
    }

    // ---- 4. size bounds

    [Fact]
    public void A_schema_file_over_the_byte_limit_is_refused_before_it_is_read()
    {
        var (schema, diagnostics) = Read("{ \"description\": \"" + new string('x', 2 * 1024 * 1024) + "\" }");
        Assert.Null(schema);
        Assert.Equal("schema files may be at most 1,048,576 bytes", Assert.Single(diagnostics).Message.Split("; ")[1]);
    }

    [Fact]
    public void Nesting_of_schema_objects_is_bounded()
    {
        var (schema, diagnostics) = Read("""
            { "items": { "items": { "items": { "items": {} } } } }
            """, SchemaLimits.Default with { MaxDepth = 3 });
        Assert.Null(schema);
        Assert.Equal(["schema.json:1:34: schema objects nest more than 3 levels deep here (counting each $ref between $defs entries that only name each other); expected at most 3"], Lines(diagnostics));
    }

    [Fact]
    public void A_long_chain_of_entries_that_only_name_each_other_is_bounded_by_the_nesting_limit()
    {
        var json = new StringBuilder("{ \"$ref\": \"#/$defs/d0\", \"$defs\": {\n");
        for (var i = 0; i < 5_000; i++)
        {
            json.Append($"  \"d{i}\": {{ \"$ref\": \"#/$defs/d{i + 1}\" }},\n");
        }

        var (schema, diagnostics) = Read(json.Append("  \"d5000\": {}\n} }\n").ToString());
        Assert.Null(schema);
        Assert.StartsWith("schema objects nest more than 32 levels deep here", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_number_of_schema_objects_is_bounded()
    {
        var (schema, diagnostics) = Read("""
            { "properties": { "a": {}, "b": {}, "c": {}, "d": {} } }
            """, SchemaLimits.Default with { MaxNodes = 3 });
        Assert.Null(schema);
        Assert.Equal(["schema.json:1:42: the schema holds more than 3 schema objects; expected at most that many"], Lines(diagnostics));
    }

    // ---- validation bounds

    [Fact]
    public void Validation_stops_after_the_error_limit()
    {
        var schema = ReadValid("""{ "type": "array", "items": { "type": "integer" } }""");
        var errors = Validate(schema, string.Concat(Enumerable.Repeat("- x\n", 50)), SchemaLimits.Default with { MaxErrors = 3 });
        Assert.Equal(["[0]", "[1]", "[2]", ""], errors.Select(e => e.DataPath));
        Assert.Equal("data.yaml:3:3: stopped after 3 errors; correct these and check again", errors[^1].ToString());
    }

    [Fact]
    public void Messages_cut_long_lists_and_long_values()
    {
        var values = string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $"\"v{i}\""));
        var schema = ReadValid($$"""{ "properties": { "e": { "enum": [{{values}}] } } }""");
        var error = Assert.Single(Validate(schema, "e: " + new string('x', 10_000) + "\n"));
        Assert.Equal(
            "expected one of v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19 and 980 more, got \"" + new string('x', 59) + "…\"",
            error.Message);
    }

    // ---- any schema

    [Fact]
    public void No_schema_makes_reading_or_checking_throw()
    {
        // Short timeouts: some generated patterns backtrack exponentially on some generated text.
        var limits = SchemaLimits.Default with { MatchTimeout = TimeSpan.FromMilliseconds(5), MatchBudget = TimeSpan.FromMilliseconds(20) };
        Gen.Select(SchemaTreeGen.Root, DataTreeGen.Tree(3)).Sample((tree, data) =>
        {
            var diagnostics = new DiagnosticBag();
            var schema = SchemaReader.Read(tree, diagnostics, limits);
            Assert.Equal(schema is null, diagnostics.HasErrors);
            if (schema is not null)
            {
                SchemaValidator.Validate(data, schema, new DiagnosticBag(), limits);
            }
        }, iter: 2_000);
    }

    [Theory]
    [InlineData("\"10:30\"", null)]
    [InlineData("\"10:30–11:15\"", null)]
    [InlineData("\"10:30-11:15\"", null)]
    [InlineData("\"12:00–11:00\"", "the span ends before it starts")]
    [InlineData("\"11:00–11:00\"", "the span ends before it starts")]
    [InlineData("\"24:00\"", "not a time of day")]
    [InlineData("\"9:30\"", "not a time of day")]
    [InlineData("\"10:30–noon\"", "its end is not a time of day")]
    [InlineData("\"–11:00\"", "its start is not a time of day")]
    public void A_time_span_is_two_times_of_day_in_order(string value, string? problem)
    {
        var schema = ReadValid("""{ "properties": { "time": { "type": "string", "format": "time-span" } } }""");

        var errors = Validate(schema, "time: " + value);

        if (problem is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal($"data.yaml:1:7: time: expected a time as HH:MM, or a span HH:MM–HH:MM, got {value}: {problem}", Assert.Single(errors).ToString());
        }
    }
}
