using System.Globalization;
using System.Text;

namespace BriefingGen.Data;

/// <summary>
/// Writes a data tree as JSON that <see cref="DataLoader"/> reads back as an equal tree: keys in the
/// tree's order, two-space indents, numbers spelt as they were read (rewritten only where JSON's
/// grammar is stricter than YAML's, as <c>.5</c> → <c>0.5</c>), and text kept readable: only
/// quotes, backslashes, control characters, the characters YAML takes for line breaks and unpaired
/// surrogates are escaped, so accented letters,
/// right-to-left scripts and emoji appear as themselves. The same tree always gives the same text.
/// Text with an unpaired surrogate, not valid Unicode, is written as a <c>\uD800</c>-style escape,
/// which is valid JSON but which the reader refuses.
/// </summary>
public static class JsonDataWriter
{
    /// <summary>The tree as JSON text, ending with a line break.</summary>
    /// <exception cref="ArgumentException">A number or boolean scalar's text is not a number or boolean.</exception>
    public static string Write(DataNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var sb = new StringBuilder();
        Value(sb, root, DataPath.Root, 0);
        return sb.Append('\n').ToString();
    }

    private static void Value(StringBuilder sb, DataNode node, DataPath path, int indent)
    {
        switch (node)
        {
            case DataMap { Entries.Count: 0 }:
                sb.Append("{}");
                break;
            case DataList { Items.Count: 0 }:
                sb.Append("[]");
                break;
            case DataMap map:
                sb.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var entry = map.Entries[i];
                    sb.Append(i == 0 ? "\n" : ",\n").Append(' ', indent + 2);
                    String(sb, entry.Key);
                    sb.Append(": ");
                    Value(sb, entry.Value, path.Append(entry.Key), indent + 2);
                }

                sb.Append('\n').Append(' ', indent).Append('}');
                break;
            case DataList list:
                sb.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    sb.Append(i == 0 ? "\n" : ",\n").Append(' ', indent + 2);
                    Value(sb, list.Items[i], path.Append(i), indent + 2);
                }

                sb.Append('\n').Append(' ', indent).Append(']');
                break;
            case DataScalar { Kind: ScalarKind.String } text:
                String(sb, text.Text);
                break;
            case DataScalar scalar:
                sb.Append(ScalarSpelling.Json(scalar, path));
                break;
        }
    }

    /// <summary>A JSON string literal (RFC 8259 §7).</summary>
    private static void String(StringBuilder sb, string text)
    {
        sb.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    var lone = (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                        || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
                    // Beyond what JSON requires: characters YAML readers treat as line breaks or
                    // drop (U+0085, U+2028, U+2029, U+FEFF), so the JSON also reads as YAML.
                    if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || lone)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
