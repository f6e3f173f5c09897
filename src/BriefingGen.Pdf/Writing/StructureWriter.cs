using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Writes the structure tree of a tagged PDF (ISO 32000-1 §14.7): one structure element per node
/// that holds something, each listing its marked content (by MCID), its link annotations (OBJR) and
/// its children in reading order, and the parent tree that leads from a page's marked content and
/// from each annotation back to its element.
/// </summary>
internal static class StructureWriter
{
    /// <summary>Writes the tree under <paramref name="root"/>; returns the StructTreeRoot.</summary>
    /// <param name="writer">The file being written.</param>
    /// <param name="root">The Document element.</param>
    /// <param name="pages">The pages, for their marked content.</param>
    /// <param name="pageObjects">Each page object.</param>
    /// <param name="annotations">The written link annotations, by page and link index: the annotation and its parent-tree key.</param>
    public static PdfReference Write(PdfFileWriter writer, StructureNode root, IReadOnlyList<PdfPage> pages, IReadOnlyList<PdfReference> pageObjects,
        IReadOnlyDictionary<(int Page, int Link), (PdfReference Object, int Key)> annotations)
    {
        var treeRoot = writer.Reserve();
        // Elements that hold nothing (no content, no link, no such descendant) are left out.
        var elements = new Dictionary<StructureNode, PdfReference>(ReferenceEqualityComparer.Instance);
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
                elements[node] = writer.Reserve();
            }

            return holds;
        }

        Reserve(root);
        foreach (var (node, reference) in elements)
        {
            var parent = node.Parent is { } p ? elements[p] : treeRoot;
            writer.Write(reference, Element(node, parent, elements, pageObjects, annotations));
        }

        var parentTree = writer.Reserve();
        var nums = new PdfArray();
        for (var p = 0; p < pages.Count; p++)
        {
            nums.Add(p);
            nums.Add(new PdfArray(pages[p].MarkedContent.Select(n => elements[n])));
        }

        foreach (var ((page, link), (_, key)) in annotations.OrderBy(a => a.Value.Key))
        {
            nums.Add(key);
            nums.Add(elements[pages[page].LinkTags[link]]);
        }

        writer.Write(parentTree, new PdfDictionary { ["Nums"] = nums });
        var structTreeRoot = new PdfDictionary
        {
            ["Type"] = PdfName.Of("StructTreeRoot"),
            ["K"] = elements[root],
            ["ParentTree"] = parentTree,
            ["ParentTreeNextKey"] = pages.Count + annotations.Count,
        };

        // Elements with an ID are found through the IDTree, a name tree in the keys' byte order (§7.9.6).
        var identified = elements.Where(e => e.Key.Id is not null).OrderBy(e => e.Key.Id, StringComparer.Ordinal).ToList();
        if (identified.Count > 0)
        {
            var names = new PdfArray();
            foreach (var (node, reference) in identified)
            {
                names.Add(PdfString.Ascii(node.Id!));
                names.Add(reference);
            }

            structTreeRoot["IDTree"] = new PdfDictionary { ["Names"] = names };
        }

        writer.Write(treeRoot, structTreeRoot);
        return treeRoot;
    }

    private static PdfDictionary Element(StructureNode node, PdfReference parent, Dictionary<StructureNode, PdfReference> elements,
        IReadOnlyList<PdfReference> pageObjects, IReadOnlyDictionary<(int Page, int Link), (PdfReference Object, int Key)> annotations)
    {
        // Content all on one page is listed as bare MCIDs under one /Pg; otherwise each names its page.
        var contentPages = node.Kids.OfType<ContentKid>().Select(k => k.Page).Distinct().ToList();
        var onePage = contentPages.Count == 1;
        var kids = new PdfArray();
        foreach (var kid in node.Kids)
        {
            switch (kid)
            {
                case ContentKid c when onePage:
                    kids.Add(c.Mcid);
                    break;
                case ContentKid c:
                    kids.Add(new PdfDictionary { ["Type"] = PdfName.Of("MCR"), ["Pg"] = pageObjects[c.Page], ["MCID"] = c.Mcid });
                    break;
                case AnnotationKid a when annotations.TryGetValue((a.Page, a.Link), out var annotation):
                    kids.Add(new PdfDictionary { ["Type"] = PdfName.Of("OBJR"), ["Obj"] = annotation.Object, ["Pg"] = pageObjects[a.Page] });
                    break;
                case ChildKid c when elements.TryGetValue(c.Node, out var child):
                    kids.Add(child);
                    break;
            }
        }

        var element = new PdfDictionary { ["Type"] = PdfName.Of("StructElem"), ["S"] = PdfName.Of(node.Role), ["P"] = parent };
        if (onePage)
        {
            element["Pg"] = pageObjects[contentPages[0]];
        }

        element["K"] = kids;
        if (node.Alt is not null)
        {
            element["Alt"] = PdfString.Text(node.Alt);
        }

        if (node.Id is not null)
        {
            element["ID"] = PdfString.Ascii(node.Id);
        }

        if (node.Scope is not null)
        {
            element["A"] = new PdfDictionary { ["O"] = PdfName.Of("Table"), ["Scope"] = PdfName.Of(node.Scope) };
        }

        return element;
    }
}
