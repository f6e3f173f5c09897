using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Renderers add a link's or a picture's relationship to the main document part, but a link in a
/// footnote or a picture in a running footer lives in another part, and Word looks a relationship
/// id up in the part that holds it. Each id a part's content names is added to that part too,
/// under the same id, pointing at the same address or picture.
/// </summary>
internal static class PartRelationships
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Gives <paramref name="part"/> every relationship of <paramref name="main"/> that <paramref name="root"/> refers to.</summary>
    public static void Borrow(MainDocumentPart main, OpenXmlPart part, OpenXmlElement root)
    {
        var ids = root.Descendants()
            .SelectMany(e => e.GetAttributes())
            .Where(a => a.NamespaceUri == RelationshipsNamespace && a.Value is not null)
            .Select(a => a.Value!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var id in ids)
        {
            if (part.HyperlinkRelationships.Any(r => r.Id == id) || part.Parts.Any(p => p.RelationshipId == id))
            {
                continue;
            }

            if (main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id) is { } link)
            {
                part.AddHyperlinkRelationship(link.Uri, link.IsExternal, id);
            }
            else if (main.Parts.FirstOrDefault(p => p.RelationshipId == id) is { OpenXmlPart: ImagePart image })
            {
                part.AddPart(image, id);
            }
        }
    }
}
