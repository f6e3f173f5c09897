using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance;

/// <summary>One element of the structure tree (ISO 32000-1 §14.7.2), with what the rules ask of it.</summary>
internal sealed class StructElement
{
    private StructElement(string role, StructElement? parent, DictionaryToken dictionary)
    {
        Role = role;
        Parent = parent;
        Dictionary = dictionary;
    }

    /// <summary>The structure type (S).</summary>
    public string Role { get; }

    /// <summary>The parent element; null under the tree's root.</summary>
    public StructElement? Parent { get; }

    /// <summary>The element's dictionary.</summary>
    public DictionaryToken Dictionary { get; }

    /// <summary>The child elements in order.</summary>
    public List<StructElement> Children { get; } = [];

    /// <summary>The object numbers of the annotations it holds (OBJR kids).</summary>
    public List<long> Annotations { get; } = [];

    /// <summary>The MCIDs it holds, with the page object each is on.</summary>
    public List<(long? Page, int Mcid)> MarkedContent { get; } = [];

    /// <summary>Every element under the file's StructTreeRoot, depth first in reading order.</summary>
    public static List<StructElement> Walk(CheckedFile file)
    {
        var all = new List<StructElement>();
        if (file.Dictionary(file.Catalog, "StructTreeRoot") is not { } root)
        {
            return all;
        }

        var seen = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        void Visit(IToken kid, StructElement? parent, long? page)
        {
            switch (file.Resolve(kid))
            {
                case NumericToken mcid when parent is not null:
                    parent.MarkedContent.Add((page, mcid.Int));
                    break;
                case DictionaryToken d when file.Name(d, "Type") == "MCR" && parent is not null:
                    parent.MarkedContent.Add((PageOf(d) ?? page, (int)((file.Get(d, "MCID") as NumericToken)?.Int ?? -1)));
                    break;
                case DictionaryToken d when file.Name(d, "Type") == "OBJR" && parent is not null:
                    if (d.TryGet(NameToken.Create("Obj"), out var obj) && obj is IndirectReferenceToken reference)
                    {
                        parent.Annotations.Add(reference.Data.ObjectNumber);
                    }

                    break;
                case DictionaryToken d when seen.Add(d) && file.Name(d, "S") is { } role:
                    var element = new StructElement(role, parent, d);
                    all.Add(element);
                    parent?.Children.Add(element);
                    var elementPage = PageOf(d) ?? page;
                    foreach (var child in file.Array(d, "K"))
                    {
                        Visit(child, element, elementPage);
                    }

                    break;
            }
        }

        foreach (var kid in file.Array(root, "K"))
        {
            Visit(kid, null, null);
        }

        return all;

        static long? PageOf(DictionaryToken d) =>
            d.TryGet(NameToken.Create("Pg"), out var pg) && pg is IndirectReferenceToken r ? r.Data.ObjectNumber : null;
    }
}
