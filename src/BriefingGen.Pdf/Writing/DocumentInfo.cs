using BriefingGen.Model;
using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The document information dictionary (ISO 32000-1 §14.3.3): title, author, subject, keywords,
/// producer, dates and the protective marking, the same values <see cref="XmpMetadata"/> carries, for readers that look here.
/// </summary>
internal static class DocumentInfo
{
    /// <summary>The custom key of the paper's marking, the same name Word's custom property has.</summary>
    public const string ClassificationKey = "Classification";

    /// <summary>The marking as the banners show it, in capitals.</summary>
    public static string MarkingText(DocumentMetadata metadata) => (metadata.Marking?.Banner ?? metadata.Classification ?? "").ToUpperInvariant();

    /// <summary>The dictionary for <paramref name="metadata"/>.</summary>
    public static PdfDictionary For(DocumentMetadata metadata)
    {
        var info = new PdfDictionary { ["Title"] = PdfString.Text(metadata.Title) };
        if (metadata.Author is not null)
        {
            info["Author"] = PdfString.Text(metadata.Author);
        }

        if (metadata.Subject is not null)
        {
            info["Subject"] = PdfString.Text(metadata.Subject);
        }

        if (metadata.Keywords.Count > 0)
        {
            info["Keywords"] = PdfString.Text(string.Join("; ", metadata.Keywords));
        }

        // A custom key, as Acrobat writes custom properties (ISO 32000-1 §14.3.3 allows any): the
        // banner's marking, so a records system reads it without opening the pages.
        if (metadata.Classification is not null)
        {
            info[ClassificationKey] = PdfString.Text(MarkingText(metadata));
        }

        info["Creator"] = PdfString.Text("BriefingGen");
        info["Producer"] = PdfString.Text("BriefingGen");
        if (metadata.Date is { } date)
        {
            info["CreationDate"] = PdfString.Date(date);
            info["ModDate"] = PdfString.Date(date);
        }

        return info;
    }
}
