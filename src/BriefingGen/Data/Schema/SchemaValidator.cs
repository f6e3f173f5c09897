using System.Diagnostics;
using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data.Schema;

/// <summary>
/// Checks a data tree against a <see cref="SchemaNode"/> and reports every mismatch at the node's
/// own line and column, with a path into the data and the values that would have been accepted.
/// </summary>
/// <remarks>
/// The walk follows the data, never the schema, so a recursive schema costs no more than the data
/// it checks. The work is bounded (<see cref="SchemaLimits"/>): data nested too deep is not
/// followed further, checking stops after a hundred errors, each pattern match has a timeout and
/// all of them together a budget. Whatever is not checked is reported as an error, so data is
/// never called valid when it was not fully checked.
/// </remarks>
internal sealed class SchemaValidator
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SchemaLimits _limits;
    private readonly Stopwatch _matching = new();
    private int _errors;
    private bool _stopped;
    private bool _patternsStopped;

    private SchemaValidator(DiagnosticBag diagnostics, SchemaLimits limits)
    {
        _diagnostics = diagnostics;
        _limits = limits;
    }

    /// <summary>Validates <paramref name="root"/>; problems are added to <paramref name="diagnostics"/>.</summary>
    /// <param name="root">The data.</param>
    /// <param name="schema">The pack's schema.</param>
    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="limits">Limits to enforce, or null for <see cref="SchemaLimits.Default"/>.</param>
    public static void Validate(DataNode root, SchemaNode schema, DiagnosticBag diagnostics, SchemaLimits? limits = null) =>
        new SchemaValidator(diagnostics, limits ?? SchemaLimits.Default).Check(root, schema, DataPath.Root);

    private void Check(DataNode node, SchemaNode schema, DataPath path)
    {
        if (_stopped)
        {
            return;
        }

        if (path.Depth > _limits.MaxDataDepth)
        {
            Fail(node, path, $"the data is nested more than {_limits.MaxDataDepth} levels deep here; it was not checked further");
            return;
        }

        if (!TypeMatches(node, schema))
        {
            Fail(node, path, $"expected {SchemaWords.Expected(schema)}, got {SchemaWords.Got(node)}");
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

    private void CheckMap(DataMap map, SchemaNode schema, DataPath path)
    {
        foreach (var name in schema.Required)
        {
            // A required field written empty ("title:") is told where it stands, as its entry is checked.
            if (map[name] is null)
            {
                var what = schema.Properties.TryGetValue(name, out var p) ? $" ({SchemaWords.Expected(p)})" : "";
                Fail(map, path, $"missing required field '{Excerpt.Of(name)}'{what}");
            }

            if (_stopped)
            {
                return;
            }
        }

        foreach (var entry in map.Entries)
        {
            var childPath = path.Append(entry.Key);
            if (schema.Properties.TryGetValue(entry.Key, out var child))
            {
                // An empty optional field ("subtitle:") means the same as leaving it out.
                if (entry.Value is not DataScalar { Kind: ScalarKind.Null } empty)
                {
                    Check(entry.Value, child, childPath);
                }
                else if (schema.IsRequired(entry.Key) && !TypeMatches(empty, child))
                {
                    Fail(empty, childPath, $"expected {SchemaWords.Expected(child)}, got nothing; the field is required");
                }
            }
            else if (!schema.AdditionalProperties)
            {
                var near = Suggestions.Closest(entry.Key, schema.Properties.Keys);
                Fail(entry.KeyLocation, childPath, SchemaWords.WithKnown($"unknown field '{Excerpt.Of(entry.Key)}'", near, "known fields", schema.Properties.Keys));
            }

            if (_stopped)
            {
                return;
            }
        }
    }

    private void CheckList(DataList list, SchemaNode schema, DataPath path)
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
            for (var i = 0; i < list.Items.Count && !_stopped; i++)
            {
                Check(list.Items[i], items, path.Append(i));
            }
        }
    }

    private void CheckScalar(DataScalar scalar, SchemaNode schema, DataPath path)
    {
        if (scalar.Kind == ScalarKind.Null)
        {
            return;
        }

        if (schema.Enum is { } allowed && !schema.Allows(scalar.Text))
        {
            var hint = Suggestions.Closest(scalar.Text, allowed) is { } near ? $" (did you mean '{near}'?)" : "";
            Fail(scalar, path, $"expected one of {SchemaWords.List(allowed)}, got {SchemaWords.Got(scalar)}{hint}");
            return;
        }

        if (scalar.TryGetNumber(out var number) && (number < schema.Minimum || number > schema.Maximum))
        {
            Fail(scalar, path, $"expected {SchemaWords.Expected(schema)}, got {Excerpt.Of(scalar.Text)}");
            return;
        }

        var text = scalar.Text;
        var length = VisibleText.Characters(text);
        if (length < schema.MinLength)
        {
            Fail(scalar, path, schema.MinLength == 1 ? "expected some text, got an empty string" : $"expected at least {schema.MinLength} characters, got {length}");
        }
        else if (schema.MinLength > 0 && !VisibleText.ShowsAnything(text))
        {
            // Spaces or zero-width characters pass a length check but print as nothing.
            Fail(scalar, path, $"expected some text, got only {VisibleText.DescribeBlank(text)}");
        }

        if (length > schema.MaxLength)
        {
            Fail(scalar, path, string.Create(CultureInfo.InvariantCulture, $"expected at most {schema.MaxLength:N0} characters, got {length:N0}"));
        }

        if (schema.Pattern is { } pattern)
        {
            CheckPattern(scalar, pattern, schema.Description, path);
        }

        switch (schema.Format)
        {
            case "date" when !IsoDate.TryParse(text, out _):
                Fail(scalar, path, $"expected a date as YYYY-MM-DD, got \"{Excerpt.Of(text)}\"{(IsoDate.WhyNoDay(text) is { } why ? ": " + why : "")}");
                break;
            case "uri" when !IsWebAddress(text):
                Fail(scalar, path, $"expected an absolute address such as https://example.org/page, got \"{Excerpt.Of(text)}\"");
                break;
            case "time-span":
                if (ClockSpan.Problem(text) is { } problem)
                {
                    Fail(scalar, path, $"expected {SchemaWords.Expected(schema)}, got \"{Excerpt.Of(text)}\": {problem}");
                }

                break;
        }
    }

    private void CheckPattern(DataScalar scalar, SchemaPattern pattern, string? description, DataPath path)
    {
        if (_patternsStopped)
        {
            return;
        }

        if (_matching.Elapsed > _limits.MatchBudget)
        {
            // Once, at the first value not tried: the rest would cost as much again.
            _patternsStopped = true;
            Fail(scalar, path, $"not checked against the pattern {pattern.Text}, nor any value after it: pattern matching took more than {Seconds(_limits.MatchBudget)} for this data; simplify the schema's patterns");
            return;
        }

        _matching.Start();
        var outcome = pattern.Match(scalar.Text);
        _matching.Stop();
        switch (outcome)
        {
            case PatternOutcome.NotMatched:
                // The schema's description says in words what a pattern says in symbols.
                var expected = string.IsNullOrWhiteSpace(description) ? $"text matching {pattern.Text}" : $"{MidSentence(description.Trim().TrimEnd('.'))} (text matching {pattern.Text})";
                Fail(scalar, path, $"expected {expected}, got {SchemaWords.Got(scalar)}");
                break;
            case PatternOutcome.TimedOut:
                Fail(scalar, path, $"not checked: matching the pattern {pattern.Text} against {SchemaWords.Got(scalar)} took more than {Seconds(_limits.MatchTimeout)}; simplify the pattern or shorten the text");
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

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    /// <summary>A description written as a sentence ("A culture name…", "Two letters…") as it reads after "expected": "a culture name…"; "HH:MM" and "ISO…" stay as written.</summary>
    private static string MidSentence(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && (char.IsLower(text[1]) || text[1] == ' ') ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private void Fail(DataNode node, DataPath path, string message) => Fail(node.Location, path, message);

    /// <summary>Reports an error; the one that reaches <see cref="SchemaLimits.MaxErrors"/> also stops the check.</summary>
    private void Fail(SourceLocation location, DataPath path, string message)
    {
        if (_stopped)
        {
            return;
        }

        // A path made of long keys is cut, like any value a message quotes.
        _diagnostics.Error(location, Excerpt.Of(path.ToString(), 300), message);
        if (++_errors >= _limits.MaxErrors)
        {
            _stopped = true;
            _diagnostics.Error(location, "", string.Create(CultureInfo.InvariantCulture, $"stopped after {_errors:N0} errors; correct these and check again"));
        }
    }
}
