using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// A link annotation (ISO 32000-1 §12.5.6.5): an invisible rectangle that goes to a destination in
/// the document or opens a URI, with the linked text as /Contents and its key in the parent tree,
/// so the tagged Link element that holds it can be found.
/// </summary>
internal static class LinkAnnotation
{
    /// <summary>
    /// The annotation for <paramref name="link"/>, or null for an internal link whose target is not
    /// in the document (a reader could do nothing with it).
    /// </summary>
    /// <param name="link">The area, the target ("#id" or a URI) and the text linked.</param>
    /// <param name="destination">The explicit destination of an internal target, or null.</param>
    /// <param name="structParent">The annotation's key in the parent tree.</param>
    public static PdfDictionary? For((double X, double Y, double Width, double Height, string Target, string Description) link,
        Func<string, PdfArray?> destination, int structParent)
    {
        var (x, y, w, h, target, description) = link;
        var annotation = new PdfDictionary
        {
            ["Type"] = PdfName.Of("Annot"),
            ["Subtype"] = PdfName.Of("Link"),
            ["Rect"] = new PdfArray { x, y, x + w, y + h },
            ["Border"] = new PdfArray { 0, 0, 0 },
            ["F"] = 4, // Print
        };
        if (target.StartsWith('#'))
        {
            if (destination(target) is not { } dest)
            {
                return null;
            }

            annotation["Dest"] = dest;
        }
        else
        {
            annotation["A"] = new PdfDictionary { ["S"] = PdfName.Of("URI"), ["URI"] = PdfString.Ascii(target) };
        }

        annotation["Contents"] = PdfString.Text(description);
        annotation["StructParent"] = structParent;
        return annotation;
    }
}
