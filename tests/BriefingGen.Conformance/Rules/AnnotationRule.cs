using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance.Rules;

/// <summary>
/// Annotations, which BriefingGen writes only as links: on a page with annotations, Tabs is S
/// (Matterhorn 28-008, 28-009); each link sits in a Link element (28-011) and describes itself in
/// Contents (28-012). For PDF/A-2: printable and not hidden (ISO 19005-2 §6.3.2), an appearance for
/// any but links and popups (§6.3.3), and only the actions PDF/A allows (§6.5.1).
/// </summary>
internal sealed class AnnotationRule : IConformanceRule
{
    private static readonly HashSet<string> ForbiddenActions = ["Launch", "Sound", "Movie", "ResetForm", "ImportData", "JavaScript", "Hide", "SetOCGState", "Rendition", "Trans", "GoTo3DView"];

    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        var holders = file.Elements.SelectMany(e => e.Annotations.Select(a => (Object: a, Element: e))).ToDictionary(p => p.Object, p => p.Element);
        foreach (var page in file.Pages)
        {
            var annotations = file.Array(page.Dictionary, "Annots");
            if (annotations.Count == 0)
            {
                continue;
            }

            if (target.PdfUa1)
            {
                switch (file.Name(page.Dictionary, "Tabs"))
                {
                    case null:
                        yield return new("Matterhorn 28-008", $"page {page.Number} has annotations but no Tabs entry");
                        break;
                    case not "S":
                        yield return new("Matterhorn 28-009", $"page {page.Number} has annotations and a Tabs entry other than S");
                        break;
                }
            }

            foreach (var token in annotations)
            {
                if (file.Resolve(token) is not DictionaryToken annotation)
                {
                    continue;
                }

                var subtype = file.Name(annotation, "Subtype");
                var number = token is IndirectReferenceToken r ? r.Data.ObjectNumber : -1;
                if (target.PdfUa1 && subtype == "Link")
                {
                    if (!holders.TryGetValue(number, out var holder) || holder.Role != "Link")
                    {
                        yield return new("Matterhorn 28-011", $"page {page.Number}: a link annotation is not held by a Link structure element");
                    }

                    if (string.IsNullOrWhiteSpace(file.Text(annotation, "Contents")))
                    {
                        yield return new("Matterhorn 28-012", $"page {page.Number}: a link annotation has no Contents describing it");
                    }
                }

                if (target.PdfA2Level is null)
                {
                    continue;
                }

                var flags = (file.Get(annotation, "F") as NumericToken)?.Int ?? 0;
                // §6.3.2: Print (bit 3) set; Invisible (1), Hidden (2), NoView (6) and ToggleNoView (9) clear.
                if (subtype != "Popup" && ((flags & 4) == 0 || (flags & (1 | 2 | 32 | 256)) != 0))
                {
                    yield return new("ISO 19005-2 6.3.2", $"page {page.Number}: a {subtype} annotation is not printable or is hidden (F {flags})");
                }

                if (subtype is not "Link" and not "Popup" && file.Get(annotation, "AP") is null)
                {
                    yield return new("ISO 19005-2 6.3.3", $"page {page.Number}: a {subtype} annotation has no appearance (AP)");
                }

                if (file.Dictionary(annotation, "A") is { } action && file.Name(action, "S") is { } kind && ForbiddenActions.Contains(kind))
                {
                    yield return new("ISO 19005-2 6.5.1", $"page {page.Number}: an annotation performs a {kind} action");
                }
            }
        }
    }
}
