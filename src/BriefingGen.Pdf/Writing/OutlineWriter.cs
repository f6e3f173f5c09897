namespace BriefingGen.Pdf.Writing;

/// <summary>Writes the document outline (bookmarks, ISO 32000-1 §12.3.3) from heading entries, nested by level.</summary>
internal static class OutlineWriter
{
    private sealed class Node(string title, string? destination)
    {
        public string Title { get; } = title;

        public string? Destination { get; } = destination;

        public List<Node> Children { get; } = [];

        public int Number { get; set; }

        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }

    /// <summary>Writes the outline; returns the outline dictionary's object number, or null when there are no entries.</summary>
    public static int? Write(PdfObjectWriter writer, IReadOnlyList<(int Level, string Title, string Destination)> entries, Func<string, string?> destination)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var root = new Node("", null);
        var stack = new List<(int Level, Node Node)> { (0, root) };
        foreach (var (level, title, dest) in entries)
        {
            while (stack[^1].Level >= level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var node = new Node(title, destination(dest));
            stack[^1].Node.Children.Add(node);
            stack.Add((level, node));
        }

        root.Number = writer.Reserve();
        Number(writer, root);
        WriteChildren(writer, root);
        writer.Write(root.Number, $"<< /Type /Outlines /First {root.Children[0].Number} 0 R /Last {root.Children[^1].Number} 0 R /Count {root.Descendants} >>");
        return root.Number;
    }

    private static void Number(PdfObjectWriter writer, Node node)
    {
        foreach (var child in node.Children)
        {
            child.Number = writer.Reserve();
            Number(writer, child);
        }
    }

    private static void WriteChildren(PdfObjectWriter writer, Node parent)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var node = parent.Children[i];
            var links = $" /Parent {parent.Number} 0 R"
                + (i > 0 ? $" /Prev {parent.Children[i - 1].Number} 0 R" : "")
                + (i < parent.Children.Count - 1 ? $" /Next {parent.Children[i + 1].Number} 0 R" : "")
                + (node.Children.Count > 0 ? $" /First {node.Children[0].Number} 0 R /Last {node.Children[^1].Number} 0 R /Count {node.Descendants}" : "")
                + (node.Destination is { } d ? $" /Dest {d}" : "");
            writer.Write(node.Number, $"<< /Title {PdfFormat.TextString(node.Title)}{links} >>");
            WriteChildren(writer, node);
        }
    }
}
