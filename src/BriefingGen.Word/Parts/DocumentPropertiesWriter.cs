using BriefingGen.Model;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Writes the file's properties so records systems and Explorer/Finder can read them without
/// opening the document: core properties (title, subject, author, language, keywords, dates taken
/// from the data, never the clock), the classification and reference as custom properties, and the
/// organisation as the company.
/// </summary>
internal static class DocumentPropertiesWriter
{
    /// <summary>The format id Office uses for user-defined custom properties.</summary>
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>Writes all three property parts.</summary>
    public static void Write(WordprocessingDocument package, DocumentMetadata metadata)
    {
        var core = package.PackageProperties;
        core.Title = metadata.Title;
        core.Subject = metadata.Subject;
        core.Creator = metadata.Author;
        core.LastModifiedBy = metadata.Author;
        core.Language = metadata.Language;
        core.Keywords = metadata.Keywords.Count > 0 ? string.Join("; ", metadata.Keywords) : null;
        core.Category = metadata.Classification;
        core.Identifier = metadata.Reference;
        if (metadata.Date is { } date)
        {
            var at = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            core.Created = at;
            core.Modified = at;
        }

        var custom = package.AddCustomFilePropertiesPart();
        var properties = new Properties();
        var pid = 2;
        foreach (var (name, value) in new[] { ("Classification", metadata.Classification), ("Reference", metadata.Reference) })
        {
            if (value is not null)
            {
                properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = UserDefinedFormatId, PropertyId = pid++, Name = name });
            }
        }

        custom.Properties = properties;

        var extended = package.AddExtendedFilePropertiesPart();
        extended.Properties = new Ap.Properties(new Ap.Application("BriefingGen"));
        if (metadata.Organisation is not null)
        {
            extended.Properties.Append(new Ap.Company(metadata.Organisation));
        }
    }
}
