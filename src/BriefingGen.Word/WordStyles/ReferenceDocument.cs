using System.Collections.Concurrent;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.WordStyles;

/// <summary>
/// The usable part of a pack's <c>reference.docx</c>: its document defaults, its styles and its
/// theme (whose fonts and colours its styles may name), read once per file and checked before
/// anything is taken. The package must be a
/// small, well-formed Word file (a few megabytes unpacked at most, so a zip bomb is refused unread);
/// a style that does not validate is left out with a warning, and numbering a style points at is
/// dropped, since the paper's numbering is its own.
/// </summary>
internal sealed class ReferenceDocument
{
    /// <summary>The most a reference document may hold once unpacked.</summary>
    public const long MaxUnpackedBytes = 16L * 1024 * 1024;

    /// <summary>The most parts (zip entries) it may have.</summary>
    public const int MaxEntries = 500;

    private static readonly ConcurrentDictionary<string, Lazy<(ReferenceDocument? Document, string Error, IReadOnlyList<string> Warnings)>> Cache = new(StringComparer.Ordinal);

    private ReferenceDocument(DocDefaults? defaults, IReadOnlyList<Style> styles, DocumentFormat.OpenXml.Drawing.Theme? theme)
    {
        Defaults = defaults;
        Styles = styles;
        Theme = theme;
        var fonts = theme?.ThemeElements?.FontScheme;
        MajorFont = fonts?.MajorFont?.LatinFont?.Typeface?.Value;
        MinorFont = fonts?.MinorFont?.LatinFont?.Typeface?.Value;
    }

    /// <summary>Its document defaults, or null.</summary>
    public DocDefaults? Defaults { get; }

    /// <summary>Its styles that passed the checks.</summary>
    public IReadOnlyList<Style> Styles { get; }

    /// <summary>Its theme, when it has a valid one; the paper takes it whole, so styles that name theme fonts and colours look as they do in the reference.</summary>
    public DocumentFormat.OpenXml.Drawing.Theme? Theme { get; }

    /// <summary>The theme's heading font (<c>majorHAnsi</c>), or null.</summary>
    public string? MajorFont { get; }

    /// <summary>The theme's body font (<c>minorHAnsi</c>), or null.</summary>
    public string? MinorFont { get; }

    /// <summary>Reads <paramref name="path"/> once per process; null and why when it cannot be used.</summary>
    public static ReferenceDocument? Read(string path, out string error, out IReadOnlyList<string> warnings)
    {
        var (document, message, notes) = Cache.GetOrAdd(Path.GetFullPath(path), p => new(() => Load(p))).Value;
        error = message;
        warnings = notes;
        return document;
    }

    private static (ReferenceDocument?, string, IReadOnlyList<string>) Load(string path)
    {
        if (Unpacked(path) is { } problem)
        {
            return (null, problem, []);
        }

        try
        {
            using var package = WordprocessingDocument.Open(path, isEditable: false);
            var main = package.MainDocumentPart;
            var theirs = main?.StyleDefinitionsPart?.Styles;
            if (theirs is null)
            {
                return (null, "it has no styles part; save a Word document whose styles you have set", []);
            }

            var warnings = new List<string>();
            var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
            var styles = new List<Style>();
            foreach (var style in theirs.Elements<Style>().Where(s => s.StyleId?.Value is { Length: > 0 }))
            {
                var copy = (Style)style.CloneNode(true);
                foreach (var numbering in copy.Descendants<NumberingProperties>().ToList())
                {
                    numbering.Remove();
                }

                var errors = validator.Validate(copy).Take(1).ToList();
                if (errors.Count > 0)
                {
                    warnings.Add($"the style '{copy.StyleId!.Value}' is not valid Word ({errors[0].Description}); the theme's is used instead");
                    continue;
                }

                styles.Add(copy);
            }

            var defaults = theirs.DocDefaults is { } d && !validator.Validate(d).Any() ? (DocDefaults)d.CloneNode(true) : null;
            var theme = main!.ThemePart?.Theme is { } t ? (DocumentFormat.OpenXml.Drawing.Theme)t.CloneNode(true) : null;
            if (theme is not null && validator.Validate(theme).Take(1).ToList() is [var themeError])
            {
                warnings.Add($"its theme is not valid ({themeError.Description}); the paper's own theme is used instead");
                theme = null;
            }

            return (new ReferenceDocument(defaults, styles, theme), "", warnings);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or FormatException or ArgumentException)
        {
            return (null, "it is not a Word document that can be read: " + Reason(e), []);
        }
    }

    /// <summary>A reason to refuse the package before unpacking it, or null: too many parts, or too much inside.</summary>
    private static string? Unpacked(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"it has {zip.Entries.Count} parts; a reference document may have at most {MaxEntries}";
            }

            var total = zip.Entries.Sum(e => e.Length);
            return total > MaxUnpackedBytes ? $"it unpacks to {total:N0} bytes; a reference document may hold at most {MaxUnpackedBytes:N0}" : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return "it is not a Word document (not a readable zip package): " + Reason(e);
        }
    }

    /// <summary>
    /// What went wrong, in words for the pack's author: the XML reader's own message about a DTD
    /// tells a programmer which setting to change, which is not the author's to change.
    /// </summary>
    private static string Reason(Exception e) =>
        e is XmlException && e.Message.Contains("DTD", StringComparison.Ordinal)
            ? "one of its parts declares a DTD, which Word never writes and which is not read, for safety"
            : e.Message;
}
