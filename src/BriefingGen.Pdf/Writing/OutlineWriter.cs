using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>Writes the document outline (bookmarks, ISO 32000-1 §12.3.3) from heading entries, nested by level.</summary>
internal static class OutlineWriter
{
    /// <summary>An outline item; numbered when made, so items are numbered in reading order.</summary>
    private sealed class Node(PdfReference reference, string title, PdfArray? destination)
    {
        public PdfReference Reference { get; } = reference;

        public string Title { get; } = title;

        public PdfArray? Destination { get; } = destination;

        public List<Node> Children { get; } = [];

        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }

    /// <summary>Writes the outline; returns the outline dictionary, or null when there are no entries.</summary>
    public static PdfReference? Write(PdfFileWriter writer, IReadOnlyList<(int Level, string Title, string Destination)> entries, Func<string, PdfArray?> destination)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var root = new Node(writer.Reserve(), "", null);
        var stack = new List<(int Level, Node Node)> { (0, root) };
        foreach (var (level, title, dest) in entries)
        {
            while (stack[^1].Level >= level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var node = new Node(writer.Reserve(), title, destination(dest));
            stack[^1].Node.Children.Add(node);
            stack.Add((level, node));
        }

        WriteChildren(writer, root);
        writer.Write(root.Reference, new PdfDictionary
        {
            ["Type"] = PdfName.Of("Outlines"),
            ["First"] = root.Children[0].Reference,
            ["Last"] = root.Children[^1].Reference,
            ["Count"] = root.Descendants,
        });
        return root.Reference;
    }

    private static void WriteChildren(PdfFileWriter writer, Node parent)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var node = parent.Children[i];
            var item = new PdfDictionary { ["Title"] = PdfString.Text(node.Title), ["Parent"] = parent.Reference };
            if (i > 0)
            {
                item["Prev"] = parent.Children[i - 1].Reference;
            }

            if (i < parent.Children.Count - 1)
            {
                item["Next"] = parent.Children[i + 1].Reference;
            }

            if (node.Children.Count > 0)
            {
                item["First"] = node.Children[0].Reference;
                item["Last"] = node.Children[^1].Reference;
                item["Count"] = node.Descendants;
            }

            if (node.Destination is { } d)
            {
                item["Dest"] = d;
            }

            writer.Write(node.Reference, item);
            WriteChildren(writer, node);
        }
    }
}
