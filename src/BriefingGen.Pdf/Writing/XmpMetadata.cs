using System.Security;
using System.Text;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The XMP metadata packet (ISO 32000-1 §14.3.2), mirroring the Info dictionary for tools that read
/// only XMP, and naming the standards the file claims: PDF/A by pdfaid (ISO 19005-2 §6.6.4), PDF/UA
/// by pdfuaid (ISO 14289-1 §5), whose schema PDF/A wants described in the packet itself (§6.6.2.3).
/// </summary>
internal static class XmpMetadata
{
    /// <summary>The packet for <paramref name="metadata"/>, identifying <paramref name="standard"/>.</summary>
    public static byte[] For(DocumentMetadata metadata, PdfStandard standard = PdfStandard.None)
    {
        static string E(string? s) => SecurityElement.Escape(s ?? "");
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
            .Append(metadata.Classification is null ? "" : " xmlns:pdfx=\"http://ns.adobe.com/pdfx/1.3/\"").Append(">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(metadata.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (metadata.Author is not null)
        {
            sb.Append("<dc:creator><rdf:Seq><rdf:li>").Append(E(metadata.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (metadata.Subject is not null)
        {
            sb.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(metadata.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        sb.Append("<dc:language><rdf:Bag><rdf:li>").Append(E(metadata.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (metadata.Keywords.Count > 0)
        {
            sb.Append("<pdf:Keywords>").Append(E(string.Join("; ", metadata.Keywords))).Append("</pdf:Keywords>\n");
        }

        if (metadata.Classification is not null)
        {
            // pdfx: is where Acrobat mirrors the Info dictionary's custom keys.
            sb.Append("<pdfx:").Append(DocumentInfo.ClassificationKey).Append('>').Append(E(DocumentInfo.MarkingText(metadata))).Append("</pdfx:").Append(DocumentInfo.ClassificationKey).Append(">\n");
        }

        sb.Append("<pdf:Producer>BriefingGen</pdf:Producer>\n<xmp:CreatorTool>BriefingGen</xmp:CreatorTool>\n");
        if (metadata.Date is { } d)
        {
            var date = $"{d:yyyy-MM-dd}T00:00:00Z";
            sb.Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
        }

        sb.Append("</rdf:Description>\n");
        Identify(sb, standard, marked: metadata.Classification is not null);
        sb.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// The identification of <paramref name="standard"/> and, for PDF/A, the extension schemas
    /// describing every property outside the schemas PDF/A predefines: pdfuaid's part, and the
    /// marking under pdfx when the paper is <paramref name="marked"/>.
    /// </summary>
    private static void Identify(StringBuilder sb, PdfStandard standard, bool marked)
    {
        if (standard.PdfALevel() is { } level)
        {
            sb.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>").Append(level).Append("</pdfaid:conformance>\n</rdf:Description>\n");
            var schemas = new List<string>();
            if (standard.ClaimsUa1())
            {
                schemas.Add(Schema("PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", "part", "Integer", "internal", "Indicates, which part of ISO 14289 standard is followed"));
            }

            if (marked)
            {
                schemas.Add(Schema("PDF Extension Schema", "http://ns.adobe.com/pdfx/1.3/", "pdfx", DocumentInfo.ClassificationKey, "Text", "external", "The paper's protective marking, as its banners show it"));
            }

            if (schemas.Count > 0)
            {
                sb.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                    .Append("<pdfaExtension:schemas><rdf:Bag>\n").AppendJoin("", schemas).Append("</rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
            }
        }

        if (standard.ClaimsUa1())
        {
            sb.Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        }
    }

    /// <summary>One PDF/A extension schema description (ISO 19005-2 §6.6.2.3.3) of a namespace with one property.</summary>
    private static string Schema(string name, string uri, string prefix, string property, string valueType, string category, string description) =>
        "<rdf:li rdf:parseType=\"Resource\">\n"
        + $"<pdfaSchema:schema>{name}</pdfaSchema:schema>\n<pdfaSchema:namespaceURI>{uri}</pdfaSchema:namespaceURI>\n<pdfaSchema:prefix>{prefix}</pdfaSchema:prefix>\n"
        + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        + $"<pdfaProperty:name>{property}</pdfaProperty:name>\n<pdfaProperty:valueType>{valueType}</pdfaProperty:valueType>\n"
        + $"<pdfaProperty:category>{category}</pdfaProperty:category>\n<pdfaProperty:description>{description}</pdfaProperty:description>\n"
        + "</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li>\n";
}
