using System.Text;
using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;
using Scriban.Runtime;

namespace BriefingGen.Templates;

/// <summary>
/// Turns a validated data tree into the plain values a template sees: maps, lists, text, numbers,
/// booleans. No .NET object of ours reaches a template. On the way, characters a document cannot
/// hold (C0 controls other than tab and newline) are dropped with a warning naming the field.
/// </summary>
internal sealed class ScriptDataBuilder(DiagnosticBag diagnostics)
{
    /// <summary>Builds the template value for <paramref name="node"/>, described by <paramref name="schema"/>.</summary>
    public object? Build(DataNode node, SchemaNode schema, string path) => node switch
    {
        DataMap map => BuildMap(map, schema, path),
        DataList list => BuildList(list, schema, path),
        DataScalar scalar => BuildScalar(scalar, schema, path),
        _ => null,
    };

    private StrictScriptObject BuildMap(DataMap map, SchemaNode schema, string path)
    {
        var result = new StrictScriptObject(path.Length == 0 ? "the data" : $"'{path}'");
        foreach (var name in schema.Properties.Keys)
        {
            result[name] = null;
        }

        foreach (var entry in map.Entries)
        {
            var childSchema = schema.Properties.TryGetValue(entry.Key, out var s) ? s : SchemaNode.Any;
            result[entry.Key] = Build(entry.Value, childSchema, path.Length == 0 ? entry.Key : $"{path}.{entry.Key}");
        }

        return result;
    }

    private ScriptArray BuildList(DataList list, SchemaNode schema, string path)
    {
        var result = new ScriptArray(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            result.Add(Build(list.Items[i], schema.Items ?? SchemaNode.Any, $"{path}[{i}]"));
        }

        return result;
    }

    private object? BuildScalar(DataScalar scalar, SchemaNode schema, string path)
    {
        // A text field keeps the value as written: `reference: 0412` stays "0412", not 412.
        if (scalar.Kind == ScalarKind.String || schema.Types.Contains("string") && scalar.Kind != ScalarKind.Null)
        {
            return Clean(scalar, path);
        }

        return scalar.ToClrValue();
    }

    private string Clean(DataScalar scalar, string path)
    {
        var text = scalar.Text;
        if (!Enumerable.Range(0, text.Length).Any(i => IsForbidden(text, i)))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var dropped = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text, i))
            {
                dropped++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        diagnostics.Warning(scalar.Location, path, $"dropped {dropped} control character{(dropped == 1 ? "" : "s")} that a document cannot hold");
        return sb.ToString();
    }

    /// <summary>
    /// C0 controls other than tab, line feed and carriage return; DEL; the non-characters
    /// U+FFFE/U+FFFF; and halves of surrogate pairs standing alone (possible in JSON's \u escapes).
    /// </summary>
    internal static bool IsForbidden(string text, int i)
    {
        var c = text[i];
        return c < 0x20 && c is not ('\t' or '\n' or '\r')
            || c == 0x7F
            || c is '\uFFFE' or '\uFFFF'
            || char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            || char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
