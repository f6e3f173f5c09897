using System.Xml.Linq;

namespace BriefingGen.Conformance;

/// <summary>Reads XMP properties whether written as elements or as attributes of rdf:Description (XMP Part 1 §7.9.2.2).</summary>
internal static class XmpValues
{
    /// <summary>The pdfaid namespace (ISO 19005-2 §6.6.4).</summary>
    public static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";

    /// <summary>The pdfuaid namespace (ISO 14289-1 §5).</summary>
    public static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    /// <summary>Dublin Core.</summary>
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The XMP basic schema.</summary>
    public static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";

    /// <summary>Adobe's PDF schema.</summary>
    public static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";

    /// <summary>The PDF/A extension schema container's namespace.</summary>
    public static readonly XNamespace Extension = "http://www.aiim.org/pdfa/ns/extension/";

    /// <summary>The PDF/A schema description's namespace.</summary>
    public static readonly XNamespace Schema = "http://www.aiim.org/pdfa/ns/schema#";

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The simple value of property <paramref name="name"/>, or for an array (Alt, Seq, Bag) its first item; null when absent.</summary>
    public static string? Value(XDocument? xmp, XName name)
    {
        if (xmp is null)
        {
            return null;
        }

        if (xmp.Descendants(name).FirstOrDefault() is { } element)
        {
            var items = element.Descendants(Rdf + "li").ToList();
            var item = items.FirstOrDefault(i => (string?)i.Attribute(XNamespace.Xml + "lang") == "x-default") ?? items.FirstOrDefault();
            return (item ?? element).Value.Trim();
        }

        return xmp.Descendants(Rdf + "Description").Select(d => (string?)d.Attribute(name)).FirstOrDefault(v => v is not null);
    }

    /// <summary>The namespaces of the properties the packet uses.</summary>
    public static IEnumerable<XNamespace> PropertyNamespaces(XDocument xmp) =>
        xmp.Descendants(Rdf + "Description").SelectMany(d => d.Elements().Select(e => e.Name.Namespace)
            .Concat(d.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != Rdf && a.Name.Namespace != XNamespace.None).Select(a => a.Name.Namespace)))
            .Distinct();

    /// <summary>The namespace URIs the packet's PDF/A extension schemas describe.</summary>
    public static IEnumerable<string> DescribedNamespaces(XDocument xmp) =>
        xmp.Descendants(Extension + "schemas").Descendants(Schema + "namespaceURI").Select(e => e.Value.Trim());
}
