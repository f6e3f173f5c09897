using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Binding;

/// <summary>
/// The headers and footers of a document in the order its sections name them, each once: the
/// order a paper's furniture is read in, whatever its parts are called. An editor that saves the
/// file names and numbers the parts afresh, but the sections still name them in the same order.
/// </summary>
internal static class FurnitureStories
{
    /// <summary>The header and footer contents named by the sections of <paramref name="body"/>, in order.</summary>
    public static IEnumerable<OpenXmlElement> Of(MainDocumentPart main, OpenXmlElement body)
    {
        var seen = new HashSet<OpenXmlPart>();
        foreach (var section in body.Descendants<SectionProperties>())
        {
            foreach (var reference in section.Elements<HeaderFooterReferenceType>())
            {
                if (reference.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || !seen.Add(part))
                {
                    continue;
                }

                switch (part)
                {
                    case HeaderPart { Header: { } header }:
                        yield return header;
                        break;
                    case FooterPart { Footer: { } footer }:
                        yield return footer;
                        break;
                }
            }
        }
    }
}
