using System.Security;
using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Pdf.Writing;

/// <summary>The XMP metadata packet (ISO 32000-1 §14.3.2), mirroring the Info dictionary for tools that read only XMP.</summary>
internal static class XmpMetadata
{
    /// <summary>The packet for <paramref name="metadata"/>.</summary>
    public static byte[] For(DocumentMetadata metadata)
    {
        static string E(string? s) => SecurityElement.Escape(s ?? "");
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfx=\"http://ns.adobe.com/pdfx/1.3/\">\n")
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

        sb.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
