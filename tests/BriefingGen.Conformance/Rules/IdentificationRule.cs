namespace BriefingGen.Conformance.Rules;

/// <summary>
/// The metadata that says what the file is: the XMP stream, the PDF/UA and PDF/A identifications,
/// the extension schemas PDF/A needs for any namespace it does not predefine, the title and the
/// viewer preference that shows it (Matterhorn 06, 07; ISO 19005-2 §6.6.2, §6.6.4).
/// </summary>
internal sealed class IdentificationRule : IConformanceRule
{
    /// <summary>The namespaces PDF/A-2 predefines (XMP Specification 2005 and ISO 19005-2 §6.6.2.3.1): no extension schema needed.</summary>
    private static readonly HashSet<string> Predefined =
    [
        "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/xap/1.0/rights/",
        "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/t/pg/",
        "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "http://ns.adobe.com/pdf/1.3/", "http://ns.adobe.com/photoshop/1.0/",
        "http://ns.adobe.com/camera-raw-settings/1.0/", "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/exif/1.0/aux/",
        "http://ns.adobe.com/tiff/1.0/", "http://www.aiim.org/pdfa/ns/id/", "http://www.aiim.org/pdfa/ns/extension/",
        "http://www.aiim.org/pdfa/ns/schema#", "http://www.aiim.org/pdfa/ns/property#", "http://www.aiim.org/pdfa/ns/type#",
        "http://www.aiim.org/pdfa/ns/field#",
    ];

    /// <summary>What the file's metadata claims; nothing when it claims nothing.</summary>
    public static ConformanceTarget Claimed(CheckedFile file)
    {
        var ua = XmpValues.Value(file.Xmp, XmpValues.PdfUaId + "part") == "1";
        var level = XmpValues.Value(file.Xmp, XmpValues.PdfAId + "part") == "2"
            ? XmpValues.Value(file.Xmp, XmpValues.PdfAId + "conformance")?.ToUpperInvariant() switch { "A" => 'A', "B" => 'B', _ => (char?)null }
            : null;
        return new ConformanceTarget(ua, level);
    }

    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        var failures = new List<ConformanceFailure>();
        var hasStream = file.Get(file.Catalog, "Metadata") is not null;
        if (target.PdfUa1)
        {
            if (!hasStream || file.Xmp is null)
            {
                failures.Add(new("Matterhorn 06-001", "the catalog has no XMP metadata stream"));
            }
            else if (XmpValues.Value(file.Xmp, XmpValues.PdfUaId + "part") != "1")
            {
                failures.Add(new("Matterhorn 06-002", "the XMP metadata does not identify the file as PDF/UA-1 (pdfuaid:part 1)"));
            }

            if (string.IsNullOrWhiteSpace(XmpValues.Value(file.Xmp, XmpValues.Dc + "title")))
            {
                failures.Add(new("Matterhorn 06-003", "the XMP metadata has no dc:title"));
            }

            var preferences = file.Dictionary(file.Catalog, "ViewerPreferences");
            switch (file.Get(preferences, "DisplayDocTitle"))
            {
                case null:
                    failures.Add(new("Matterhorn 07-001", "the ViewerPreferences dictionary has no DisplayDocTitle entry"));
                    break;
                case UglyToad.PdfPig.Tokens.BooleanToken { Data: false }:
                    failures.Add(new("Matterhorn 07-002", "DisplayDocTitle is false"));
                    break;
            }
        }

        if (target.PdfA2Level is { } level)
        {
            if (!hasStream || file.Xmp is null)
            {
                failures.Add(new("ISO 19005-2 6.6.2.1", "the catalog has no XMP metadata stream"));
                return failures;
            }

            var part = XmpValues.Value(file.Xmp, XmpValues.PdfAId + "part");
            var conformance = XmpValues.Value(file.Xmp, XmpValues.PdfAId + "conformance");
            if (part != "2" || !string.Equals(conformance, level.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                failures.Add(new("ISO 19005-2 6.6.4", $"the XMP metadata does not identify the file as PDF/A-2{char.ToLowerInvariant(level)} (pdfaid:part {part ?? "none"}, conformance {conformance ?? "none"})"));
            }

            var described = XmpValues.DescribedNamespaces(file.Xmp).ToHashSet(StringComparer.Ordinal);
            foreach (var ns in XmpValues.PropertyNamespaces(file.Xmp).Select(n => n.NamespaceName))
            {
                if (!Predefined.Contains(ns) && !described.Contains(ns))
                {
                    failures.Add(new("ISO 19005-2 6.6.2.3.1", $"the XMP metadata uses the namespace {ns} without an extension schema describing it"));
                }
            }
        }

        return failures;
    }
}
