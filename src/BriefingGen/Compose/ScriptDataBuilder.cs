using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Scriban.Runtime;

namespace BriefingGen.Compose;

/// <summary>
/// Turns a validated data tree into the plain values a template sees: maps, lists, text, numbers,
/// booleans. No .NET object of ours reaches a template. Every text and number is noted in the
/// <see cref="OriginTable"/> with its data path and position, so what the template writes keeps
/// its origin. Characters a document cannot hold are dropped with a warning naming the field.
/// </summary>
internal sealed class ScriptDataBuilder(OriginTable origins, DiagnosticBag diagnostics)
{
    /// <summary>Builds the template value for <paramref name="node"/>, described by <paramref name="schema"/>.</summary>
    public object? Build(DataNode node, SchemaNode schema, DataPath path) => node switch
    {
        DataMap map => BuildMap(map, schema, path),
        DataList list => BuildList(list, schema, path),
        DataScalar scalar => BuildScalar(scalar, schema, path),
        _ => null,
    };

    private StrictScriptObject BuildMap(DataMap map, SchemaNode schema, DataPath path)
    {
        var result = new StrictScriptObject(path.IsRoot ? "the data" : $"'{path}'", schema.Properties);

        foreach (var entry in map.Entries)
        {
            var childSchema = schema.Properties.TryGetValue(entry.Key, out var s) ? s : SchemaNode.Any;
            result[entry.Key] = Build(entry.Value, childSchema, path.Append(entry.Key));
        }

        // A map keeps its origin too, so a function handed a whole object (a marking) can say where it is.
        origins.Add(result, new Origin(path.ToString(), map.Location));

        return result;
    }

    private ScriptArray BuildList(DataList list, SchemaNode schema, DataPath path)
    {
        var result = new ScriptArray(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            result.Add(Build(list.Items[i], schema.Items ?? SchemaNode.Any, path.Append(i)));
        }

        return result;
    }

    private object? BuildScalar(DataScalar scalar, SchemaNode schema, DataPath path)
    {
        // A text field keeps the value as written: `reference: 0412` stays "0412", not 412. A field
        // that may be either (a table cell) keeps a number a number, for the culture's formatting.
        var textOnly = schema.Types.Contains("string") && !schema.Types.Contains("number") && !schema.Types.Contains("integer");
        var value = scalar.Kind == ScalarKind.String || textOnly && scalar.Kind != ScalarKind.Null
            ? Clean(scalar, path)
            : scalar.ToClrValue();
        switch (value)
        {
            case string { Length: > 0 } text:
                // A value of its own, never a shared or interned string, so its origin is its own.
                value = new string(text.AsSpan());
                break;
            case null or bool:
                return value;
        }

        // Paths are written as DataPath writes them, so a reader of the paper can parse them back.
        origins.Add(value, new Origin(path.ToString(), scalar.Location) { BlockTextStart = scalar.BlockTextStart });
        if (value is double && scalar.WrittenDecimals is { } decimals)
        {
            origins.AddDecimals(value, decimals);
        }

        if (schema.Enum is { Count: > 0 } allowed)
        {
            origins.AddAllowed(value, allowed);
        }

        return value;
    }

    private string Clean(DataScalar scalar, DataPath path)
    {
        var text = TextCleaner.Clean(scalar.Text, out var dropped);
        if (dropped > 0)
        {
            diagnostics.Warning(scalar.Location, path.ToString(), $"dropped {dropped} control character{(dropped == 1 ? "" : "s")} that a document cannot hold");
        }

        return text;
    }
}
