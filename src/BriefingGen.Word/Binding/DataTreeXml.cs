using System.Xml;
using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Word.Binding;

/// <summary>
/// A data tree as XML in the paper's part, and back: <c>map</c> with <c>entry key="…"</c>,
/// <c>list</c>, and one element per kind of scalar (<c>string</c>, <c>integer</c>, <c>number</c>,
/// <c>boolean</c>, <c>null</c>) holding the value exactly as the data file wrote it. The path of
/// every value is the chain of keys and positions above it. Text XML cannot hold is escaped and
/// marked <c>escaped="true"</c>.
/// </summary>
internal static class DataTreeXml
{
    private const string Escaped = "escaped";
    private const string KeyEscaped = "key-escaped";

    /// <summary>Writes <paramref name="node"/> and everything under it.</summary>
    public static void Write(XmlWriter writer, DataNode node)
    {
        // An explicit stack: the data's own depth limit keeps it small, but the writer should not rely on that.
        var stack = new Stack<(DataNode Node, int Next)>();
        Open(writer, node, stack);
        while (stack.Count > 0)
        {
            var (current, next) = stack.Pop();
            switch (current)
            {
                case DataMap map when next < map.Entries.Count:
                    stack.Push((map, next + 1));
                    var entry = map.Entries[next];
                    writer.WriteStartElement("entry", PaperPart.Namespace);
                    WriteText(writer, "key", KeyEscaped, entry.Key);
                    Open(writer, entry.Value, stack);
                    break;
                case DataList list when next < list.Items.Count:
                    stack.Push((list, next + 1));
                    Open(writer, list.Items[next], stack);
                    break;
                default:
                    writer.WriteEndElement();
                    if (stack.Count > 0 && stack.Peek().Node is DataMap)
                    {
                        writer.WriteEndElement(); // the entry
                    }

                    break;
            }
        }
    }

    private static void Open(XmlWriter writer, DataNode node, Stack<(DataNode, int)> stack)
    {
        switch (node)
        {
            case DataMap:
                writer.WriteStartElement("map", PaperPart.Namespace);
                stack.Push((node, 0));
                break;
            case DataList:
                writer.WriteStartElement("list", PaperPart.Namespace);
                stack.Push((node, 0));
                break;
            case DataScalar scalar:
                writer.WriteStartElement(ElementOf(scalar.Kind), PaperPart.Namespace);
                var escape = XmlSafeText.NeedsEscaping(scalar.Text);
                if (escape)
                {
                    writer.WriteAttributeString(Escaped, "true");
                }

                writer.WriteString(escape ? XmlSafeText.Escape(scalar.Text) : scalar.Text);

                writer.WriteEndElement();
                if (stack.Count > 0 && stack.Peek().Item1 is DataMap)
                {
                    writer.WriteEndElement(); // the entry
                }

                break;
        }
    }

    private static void WriteText(XmlWriter writer, string name, string escapedName, string value)
    {
        if (XmlSafeText.NeedsEscaping(value))
        {
            writer.WriteAttributeString(escapedName, "true");
            value = XmlSafeText.Escape(value);
        }

        writer.WriteAttributeString(name, value);
    }

    private static string ElementOf(ScalarKind kind) => kind switch
    {
        ScalarKind.String => "string",
        ScalarKind.Integer => "integer",
        ScalarKind.Number => "number",
        ScalarKind.Boolean => "boolean",
        _ => "null",
    };

    /// <summary>
    /// Reads the tree written by <see cref="Write"/> from <paramref name="element"/>; every node is
    /// placed at <paramref name="location"/>. Null, with <paramref name="error"/>, when the XML is
    /// not such a tree or nests deeper than <paramref name="maxDepth"/>.
    /// </summary>
    public static DataNode? Read(System.Xml.Linq.XElement element, SourceLocation location, int maxDepth, out string error)
    {
        error = "";
        try
        {
            return ReadNode(element, location, maxDepth);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static DataNode ReadNode(System.Xml.Linq.XElement element, SourceLocation location, int depth)
    {
        if (depth < 0)
        {
            throw new FormatException("the data nests too deeply");
        }

        if (element.Name.NamespaceName != PaperPart.Namespace)
        {
            throw new FormatException($"unexpected element <{element.Name.LocalName}>");
        }

        switch (element.Name.LocalName)
        {
            case "map":
                var entries = new List<DataMapEntry>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in element.Elements())
                {
                    if (entry.Name.LocalName != "entry" || entry.Elements().Count() != 1)
                    {
                        throw new FormatException("a map entry must hold one value");
                    }

                    var key = Text(entry.Attribute("key")?.Value ?? throw new FormatException("a map entry has no key"), entry.Attribute(KeyEscaped)?.Value);
                    if (!seen.Add(key))
                    {
                        throw new FormatException($"the key '{key}' is there twice");
                    }

                    entries.Add(new DataMapEntry(key, location, ReadNode(entry.Elements().First(), location, depth - 1)));
                }

                return new DataMap(location, entries);
            case "list":
                return new DataList(location, element.Elements().Select(e => ReadNode(e, location, depth - 1)).ToList());
        }

        var kind = element.Name.LocalName switch
        {
            "string" => ScalarKind.String,
            "integer" => ScalarKind.Integer,
            "number" => ScalarKind.Number,
            "boolean" => ScalarKind.Boolean,
            "null" => ScalarKind.Null,
            var other => throw new FormatException($"unexpected element <{other}>"),
        };
        var scalar = new DataScalar(location, Text(element.Value, element.Attribute(Escaped)?.Value), kind);
        return ScalarSpelling.Writable(scalar)
            ? scalar
            : throw new FormatException($"a value marked as {(kind == ScalarKind.Boolean ? "a boolean" : "a number")} reads '{Excerpt.Of(scalar.Text, 40)}', which is not one");
    }

    private static string Text(string value, string? escaped) =>
        escaped == "true" ? XmlSafeText.Unescape(value) ?? throw new FormatException("an escaped text is not escaped as it should be") : value;
}
