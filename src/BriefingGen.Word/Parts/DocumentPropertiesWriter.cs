using System.Xml.Linq;
using BriefingGen.Model;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Writes the file's properties so records systems and Explorer/Finder can read them without
/// opening the document: core properties (title, subject, author, language, keywords, dates taken
/// from the data, never the clock), the classification, its scheme, level, legal basis and
/// declassification, any sensitivity label's properties and the reference as custom properties, and the
/// organisation as the company.
/// </summary>
internal static class DocumentPropertiesWriter
{
    /// <summary>The custom property that holds the classification; the banners' fields show it.</summary>
    public const string ClassificationProperty = "Classification";

    /// <summary>The custom property naming the marking's scheme (e.g. <c>uk-gscp</c>), for records systems that sort by it.</summary>
    public const string MarkingSchemeProperty = "Marking scheme";

    /// <summary>The custom property holding the marking's level alone, without descriptors or caveats.</summary>
    public const string MarkingLevelProperty = "Marking level";

    /// <summary>The custom property holding the legal basis for withholding the paper.</summary>
    public const string LegalBasisProperty = "Legal basis";

    /// <summary>The custom property holding the day the marking lapses, YYYY-MM-DD.</summary>
    public const string DeclassifyOnProperty = "Declassify on";

    /// <summary>The custom property naming the template pack that made the paper, which <c>briefgen extract</c> validates against.</summary>
    public const string PackProperty = "BriefingGen pack";

    /// <summary>The custom property holding the pack's version.</summary>
    public const string PackVersionProperty = "BriefingGen pack version";

    /// <summary>The format id Office uses for user-defined custom properties.</summary>
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>Writes all three property parts, with fixed relationship ids so the package is reproducible.</summary>
    public static void Write(WordprocessingDocument package, DocumentMetadata metadata, Rendering.PaperData? source = null)
    {
        // The packaging layer's own PackageProperties would store them under a random part name
        // and relationship id; writing docProps/core.xml ourselves, as Word does, keeps them stable.
        var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
        {
            CoreProperties(metadata).Save(stream);
        }

        var custom = package.AddNewPart<CustomFilePropertiesPart>("rIdCustom");
        var properties = new Properties();
        var pid = 2;
        var marking = metadata.Marking;
        foreach (var (name, value) in new[]
        {
            (ClassificationProperty, metadata.Classification), ("Reference", metadata.Reference),
            (PackProperty, source?.Pack), (PackVersionProperty, source is { Version.Length: > 0 } ? source.Version : null),
            (MarkingSchemeProperty, marking?.Scheme), (MarkingLevelProperty, marking?.Level), (LegalBasisProperty, marking?.LegalBasis),
            (DeclassifyOnProperty, marking?.DeclassifyOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        }.Concat(marking?.SensitivityLabel is { } label ? SensitivityLabelProperties.For(label, metadata).Select(p => (p.Name, (string?)p.Value)) : []))
        {
            if (value is not null)
            {
                properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = UserDefinedFormatId, PropertyId = pid++, Name = name });
            }
        }

        custom.Properties = properties;

        var extended = package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp");
        extended.Properties = new Ap.Properties(new Ap.Application("BriefingGen"));
        if (metadata.Organisation is not null)
        {
            extended.Properties.Append(new Ap.Company(metadata.Organisation));
        }
    }

    private static XDocument CoreProperties(DocumentMetadata metadata)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var root = new XElement(
            cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi));

        void Add(XName name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                root.Add(new XElement(name, value));
            }
        }

        Add(dc + "title", metadata.Title);
        Add(dc + "subject", metadata.Subject);
        Add(dc + "creator", metadata.Author);
        Add(cp + "keywords", metadata.Keywords.Count > 0 ? string.Join("; ", metadata.Keywords) : null);
        Add(cp + "lastModifiedBy", metadata.Author);
        Add(dc + "language", metadata.Language);
        Add(dc + "identifier", metadata.Reference);
        Add(cp + "category", metadata.Classification);
        if (metadata.Date is { } date)
        {
            var stamp = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
            root.Add(new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp));
            root.Add(new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root);
    }
}
