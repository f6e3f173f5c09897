using System.Text;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes the structure tree of a tagged PDF (ISO 32000-1 §14.7): one structure element per node
/// that holds something, each listing its marked content (by MCID), its link annotations (OBJR) and
/// its children in reading order, and the parent tree that leads from a page's marked content and
/// from each annotation back to its element.
/// </summary>
internal static class StructureWriter
{
    /// <summary>Writes the tree under <paramref name="root"/>; returns the StructTreeRoot's object number.</summary>
    /// <param name="writer">The file being written.</param>
    /// <param name="root">The Document element.</param>
    /// <param name="pages">The pages, for their marked content.</param>
    /// <param name="pageObjects">Each page's object number.</param>
    /// <param name="annotations">The written link annotations, by page and link index: object number and parent-tree key.</param>
    public static int Write(PdfObjectWriter writer, StructureNode root, IReadOnlyList<PdfPage> pages, IReadOnlyList<int> pageObjects,
        IReadOnlyDictionary<(int Page, int Link), (int Object, int Key)> annotations)
    {
        var treeRoot = writer.Reserve();
        var numbers = new Dictionary<StructureNode, int>(ReferenceEqualityComparer.Instance);
        bool Reserve(StructureNode node)
        {
            var holds = false;
            foreach (var kid in node.Kids)
            {
                holds |= kid switch
                {
                    ContentKid => true,
                    AnnotationKid a => annotations.ContainsKey((a.Page, a.Link)),
                    ChildKid c => Reserve(c.Node),
                    _ => false,
                };
            }

            if (holds || node == root)
            {
                numbers[node] = writer.Reserve();
            }

            return holds;
        }

        Reserve(root);
        foreach (var (node, number) in numbers)
        {
            var parent = node.Parent is { } p ? numbers[p] : treeRoot;
            writer.Write(number, Element(node, parent, numbers, pageObjects, annotations));
        }

        var parentTree = writer.Reserve();
        var nums = new StringBuilder("<< /Nums [");
        for (var p = 0; p < pages.Count; p++)
        {
            nums.Append(' ').Append(p).Append(" [").AppendJoin(' ', pages[p].MarkedContent.Select(n => $"{numbers[n]} 0 R")).Append(']');
        }

        foreach (var ((page, link), (_, key)) in annotations.OrderBy(a => a.Value.Key))
        {
            nums.Append(' ').Append(key).Append(' ').Append(numbers[pages[page].LinkTags[link]]).Append(" 0 R");
        }

        writer.Write(parentTree, nums.Append(" ] >>").ToString());
        var nextKey = pages.Count + annotations.Count;
        writer.Write(treeRoot, $"<< /Type /StructTreeRoot /K {numbers[root]} 0 R /ParentTree {parentTree} 0 R /ParentTreeNextKey {nextKey} >>");
        return treeRoot;
    }

    private static string Element(StructureNode node, int parent, Dictionary<StructureNode, int> numbers, IReadOnlyList<int> pageObjects,
        IReadOnlyDictionary<(int Page, int Link), (int Object, int Key)> annotations)
    {
        // Content all on one page is listed as bare MCIDs under one /Pg; otherwise each names its page.
        var contentPages = node.Kids.OfType<ContentKid>().Select(k => k.Page).Distinct().ToList();
        var onePage = contentPages.Count == 1;
        var kids = new List<string>();
        foreach (var kid in node.Kids)
        {
            switch (kid)
            {
                case ContentKid c:
                    kids.Add(onePage ? c.Mcid.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"<< /Type /MCR /Pg {pageObjects[c.Page]} 0 R /MCID {c.Mcid} >>");
                    break;
                case AnnotationKid a when annotations.TryGetValue((a.Page, a.Link), out var annotation):
                    kids.Add($"<< /Type /OBJR /Obj {annotation.Object} 0 R /Pg {pageObjects[a.Page]} 0 R >>");
                    break;
                case ChildKid c when numbers.TryGetValue(c.Node, out var child):
                    kids.Add($"{child} 0 R");
                    break;
            }
        }

        var pg = onePage ? $" /Pg {pageObjects[contentPages[0]]} 0 R" : "";
        var alt = node.Alt is null ? "" : " /Alt " + PdfFormat.TextString(node.Alt);
        var scope = node.Scope is null ? "" : $" /A << /O /Table /Scope /{node.Scope} >>";
        return $"<< /Type /StructElem /S /{node.Role} /P {parent} 0 R{pg} /K [{string.Join(' ', kids)}]{alt}{scope} >>";
    }
}
