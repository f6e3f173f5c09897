using BriefingGen.Compose;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Markings;

/// <summary>Reads a marking from the data: a plain text, or a marking object whose every field keeps its place in the file.</summary>
internal static class MarkingDataReader
{
    /// <summary>The marking in <paramref name="node"/> at <paramref name="path"/>; null when it is empty or wrong (then reported).</summary>
    public static MarkingRequest? Read(DataNode node, string path, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case DataScalar { Kind: ScalarKind.Null }:
                return null;
            case DataScalar scalar:
                var text = DataText.Fold(TextCleaner.Clean(scalar.Text, out _)).Trim();
                if (text.Length > 0 && !VisibleText.ShowsAnything(text))
                {
                    // A banner of zero-width characters is an empty band on every page.
                    diagnostics.Error(scalar.Location, path, $"expected a marking such as RESTRICTED, got only {VisibleText.DescribeBlank(text)}");
                    return null;
                }

                return text.Length == 0 ? null : MarkingRequest.PlainText(text, new Origin(path, scalar.Location), scalar.Location);
            case DataMap map:
                return Object(map, path, diagnostics);
            default:
                diagnostics.Error(node.Location, path, $"a marking is a text such as RESTRICTED or a map with scheme and level, got {node.Describe()}");
                return null;
        }
    }

    private static MarkingRequest? Object(DataMap map, string path, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        string Sub(string key) => path.Length == 0 ? key : $"{path}.{key}";
        foreach (var entry in map.Entries.Where(e => !MarkingRequest.Keys.Contains(e.Key, StringComparer.Ordinal)))
        {
            diagnostics.Error(entry.KeyLocation, Sub(entry.Key), $"a marking has no field '{entry.Key}'; it has {string.Join(", ", MarkingRequest.Keys)}");
        }

        MarkingValue? Value(DataNode? value, string at)
        {
            switch (value)
            {
                case null or DataScalar { Kind: ScalarKind.Null }:
                    return null;
                case DataScalar scalar when VisibleText.ShowsAnything(scalar.Text):
                    return new MarkingValue(DataText.Fold(TextCleaner.Clean(scalar.Text, out _)).Trim(), new Origin(at, scalar.Location));
                case DataScalar blank:
                    diagnostics.Error(value.Location, at, $"expected a text, got {(blank.Text.Trim().Length == 0 ? "an empty one" : "only " + VisibleText.DescribeBlank(blank.Text))}");
                    return null;
                default:
                    diagnostics.Error(value.Location, at, $"expected a text, got {value.Describe()}");
                    return null;
            }
        }

        List<MarkingValue> Values(string key)
        {
            var node = map[key];
            var items = node switch
            {
                null or DataScalar { Kind: ScalarKind.Null } => [],
                DataList list => list.Items.Select((item, i) => Value(item, $"{Sub(key)}[{i}]")),
                _ => [Value(node, Sub(key))],
            };
            return [.. items.OfType<MarkingValue>()];
        }

        var (on, years) = Declassify(map["declassify"], Sub("declassify"), diagnostics);
        var request = new MarkingRequest
        {
            Location = map.Location,
            Path = path,
            Scheme = Value(map["scheme"], Sub("scheme")),
            Level = Value(map["level"], Sub("level")),
            Descriptors = Values("descriptors"),
            Caveats = Values("caveats"),
            LegalBasis = Value(map["legal_basis"], Sub("legal_basis")),
            DeclassifyOn = on,
            DeclassifyAfterYears = years,
            DeclassifyLocation = (map["declassify"] as DataMap)?.Entries.FirstOrDefault()?.Value.Location,
        };
        return diagnostics.Items.Count(d => d.Severity == Severity.Error) > errors ? null : request;
    }

    private static (DateOnly? On, long? Years) Declassify(DataNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is null or DataScalar { Kind: ScalarKind.Null })
        {
            return (null, null);
        }

        if (node is not DataMap map || map.Entries.Count != 1 || !MarkingRequest.DeclassifyKeys.Contains(map.Entries[0].Key, StringComparer.Ordinal))
        {
            diagnostics.Error(node.Location, path, "declassify is a map with one of 'on: YYYY-MM-DD' or 'after_years: N'");
            return (null, null);
        }

        var entry = map.Entries[0];
        var at = $"{path}.{entry.Key}";
        if (entry.Key == "on")
        {
            if (entry.Value is DataScalar day && IsoDate.TryParse(day.Text.Trim(), out var date))
            {
                return (date, null);
            }

            diagnostics.Error(entry.Value.Location, at, "expected a date written YYYY-MM-DD");
            return (null, null);
        }

        if (entry.Value is DataScalar number && number.TryGetInteger(out var years) && years is >= 1 and <= 200)
        {
            return (null, years);
        }

        diagnostics.Error(entry.Value.Location, at, "expected a whole number of years from 1 to 200");
        return (null, null);
    }
}
