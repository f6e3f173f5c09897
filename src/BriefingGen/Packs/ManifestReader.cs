using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Packs;

/// <summary>Reads and checks a pack's <c>template.yaml</c>, with a diagnostic at the line of every mistake.</summary>
internal static class ManifestReader
{
    /// <summary>The header and footer positions a pack may fill.</summary>
    public static readonly string[] PagePositions = ["header_left", "header_right", "footer_left", "footer_right"];

    /// <summary>The settings of the header's logo, beside the positions in <c>page:</c>.</summary>
    public static readonly string[] HeaderLogoKeys = ["header_logo", "header_logo_height", "header_logo_side", "header_logo_alt"];

    /// <summary>The document properties a pack may map from its data.</summary>
    public static readonly string[] MetadataFields = ["title", "short_title", "subtitle", "author", "organisation", "date", "language", "classification", "watermark", "reference", "subject", "keywords"];

    /// <summary>Reads the manifest at <paramref name="path"/>; null after an error.</summary>
    public static PackManifest? Read(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.OfFile(Path.GetDirectoryName(path) ?? path), "", $"not a template pack: it has no {TemplatePack.ManifestFileName}");
            return null;
        }

        var read = DataLoader.LoadSettings(path, 256 * 1024);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        if (read.Root is not DataMap map)
        {
            diagnostics.Error(read.Root!.Location, "", $"{TemplatePack.ManifestFileName} must be a map of settings such as 'name:', got {read.Root.Describe()}");
            return null;
        }

        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var file = new SettingsReader(map, "", diagnostics);
        file.RejectUnknown("name", "description", "version", "main", "schema", "theme", "reference_doc", "default_language", "typographic_punctuation", "pdf_standard", "components", "page", "metadata", "marking", "marking_scheme", "sensitivity_labels", "brand");
        var name = file.Text("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Error(map.Location, "name", "a template pack needs a name");
        }

        var language = file.Text("default_language");
        if (language is not null && !IsCulture(language))
        {
            diagnostics.Error(map["default_language"]!.Location, "default_language", UnknownLanguage(language));
        }

        var standardName = file.Text("pdf_standard");
        var standard = Rendering.PdfStandards.Parse(standardName);
        if (standardName is not null && standard is null)
        {
            diagnostics.Error(map["pdf_standard"]!.Location, "pdf_standard", $"unknown PDF standard \"{standardName}\"; expected one of {string.Join(", ", Rendering.PdfStandards.Names)}");
        }

        var manifest = new PackManifest
        {
            Name = name?.Trim() ?? "",
            Description = file.Text("description") ?? "",
            Version = file.Text("version") ?? "",
            Main = file.Text("main") ?? "brief.sbn",
            Schema = file.Text("schema") ?? "schema.json",
            Theme = file.Text("theme") ?? "theme.yaml",
            ReferenceDoc = file.Text("reference_doc") ?? "reference.docx",
            DefaultLanguage = language ?? "en-GB",
            TypographicPunctuation = file.Bool("typographic_punctuation") ?? true,
            PdfStandard = standard ?? Rendering.PdfStandard.None,
            Components = file.TextList("components", allowEmpty: true) ?? [],
            Page = Lines(file.Section("page"), PagePositions, HeaderLogoKeys),
            HeaderLogo = HeaderLogo(file.Section("page")),
            Brand = file.Text("brand")?.Trim() is { Length: > 0 } brand ? brand : null,
            Locations = Locations(map),
            Metadata = Lines(file.Section("metadata"), MetadataFields),
            MarkingField = file.Text("marking")?.Trim() ?? "marking",
            MarkingScheme = file.Text("marking_scheme")?.Trim(),
            SensitivityLabels = SensitivityLabels(file.Section("sensitivity_labels"), diagnostics),
        };
        return diagnostics.Items.Count(d => d.Severity == Severity.Error) > errors ? null : manifest;
    }

    /// <summary>Where each top-level value and each entry of <c>components:</c> is written.</summary>
    private static Dictionary<string, SourceLocation> Locations(DataMap map)
    {
        var locations = map.Entries.ToDictionary(e => e.Key, e => e.Value.Location, StringComparer.Ordinal);
        if (map["components"] is DataList components)
        {
            for (var i = 0; i < components.Items.Count; i++)
            {
                locations[$"components[{i}]"] = components.Items[i].Location;
            }
        }

        return locations;
    }

    /// <summary>
    /// The error for a language name .NET does not know. Without culture data (no ICU, or
    /// globalisation switched to invariant) it knows none, and the message says that instead of
    /// asking for a name such as the one given.
    /// </summary>
    public static string UnknownLanguage(string language) =>
        CultureInfo.GetCultures(CultureTypes.AllCultures).Length <= 1
            ? $"the language \"{language}\" cannot be used: .NET is running without culture data (ICU is not installed, or DOTNET_SYSTEM_GLOBALIZATION_INVARIANT is set), so it knows no language; install ICU (on Debian: apt-get install libicu72) and unset that variable"
            : $"unknown language \"{language}\"; expected a culture name such as en-GB, nb-NO or ru-RU";

    /// <summary>True for a culture .NET knows by that name.</summary>
    public static bool IsCulture(string name)
    {
        if (name.Length is 0 or > 32)
        {
            return false;
        }

        try
        {
            // "und" and "root" name ICU's root locale, which .NET reads as the invariant culture:
            // no language, so a document would say none (an empty xml:lang, an empty /Lang).
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>sensitivity_labels: {OFFICIAL: {id: GUID, site: GUID}}</c>: the Microsoft label each
    /// marking stands for in the organisation's tenant.
    /// </summary>
    private static Dictionary<string, Markings.SensitivityLabelSetting> SensitivityLabels(SettingsReader? section, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Markings.SensitivityLabelSetting>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in section?.Map.Entries ?? [])
        {
            if (section!.Section(entry.Key) is not { } label)
            {
                continue;
            }

            label.RejectUnknown("id", "site");
            Guid? Id(string key)
            {
                if (label.Text(key) is { } text && Guid.TryParse(text, out var guid))
                {
                    return guid;
                }

                diagnostics.Error(label.Value(key)?.Location ?? entry.Value.Location, $"sensitivity_labels.{entry.Key}.{key}", "expected a GUID such as 0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7");
                return null;
            }

            if (Id("id") is { } id && Id("site") is { } site)
            {
                result[entry.Key] = new Markings.SensitivityLabelSetting(id, site);
            }
        }

        return result;
    }

    /// <summary>
    /// <c>page.header_logo</c> and its companions; null when the pack asks for no logo. A size or
    /// side given without the logo itself is an error, since it would silently do nothing.
    /// </summary>
    private static HeaderLogoSetting? HeaderLogo(SettingsReader? page)
    {
        if (page is null)
        {
            return null;
        }

        var height = page.Number("header_logo_height", 2, 40);
        var sideName = page.Text("header_logo_side")?.Trim();
        var side = sideName switch
        {
            null or "left" => HeaderLogoSide.Left,
            "right" => HeaderLogoSide.Right,
            _ => (HeaderLogoSide?)null,
        };
        if (side is null)
        {
            page.Error(page.Value("header_logo_side")!, "header_logo_side", $"expected left or right, got \"{sideName}\"");
        }

        var alt = page.Text("header_logo_alt");
        if (page.Text("header_logo") is not { } source)
        {
            foreach (var key in HeaderLogoKeys.Skip(1).Where(k => page.Value(k) is not null))
            {
                page.Error(page.Value(key)!, key, "has no effect without page.header_logo, the logo's path");
            }

            return null;
        }

        return new HeaderLogoSetting(source, height ?? HeaderLogoSetting.DefaultHeightMm, side ?? HeaderLogoSide.Left, alt);
    }

    private static Dictionary<string, string> Lines(SettingsReader? section, string[] known, string[]? alsoAllowed = null)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (section is null)
        {
            return result;
        }

        section.RejectUnknown([.. known, .. alsoAllowed ?? []]);
        foreach (var key in known)
        {
            if (section.Text(key) is { } text)
            {
                result[key] = text;
            }
        }

        return result;
    }
}
