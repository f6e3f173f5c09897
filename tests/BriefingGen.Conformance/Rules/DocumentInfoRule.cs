using System.Globalization;
using System.Xml.Linq;

namespace BriefingGen.Conformance.Rules;

/// <summary>
/// PDF/A-2 §6.6.3: every entry of the Info dictionary that has an XMP counterpart holds the same
/// value there (Title and dc:title, Author and dc:creator, …; dates as the same instant).
/// </summary>
internal sealed class DocumentInfoRule : IConformanceRule
{
    private static readonly (string Key, XName Property)[] Pairs =
    [
        ("Title", XmpValues.Dc + "title"), ("Author", XmpValues.Dc + "creator"), ("Subject", XmpValues.Dc + "description"),
        ("Keywords", XmpValues.Pdf + "Keywords"), ("Creator", XmpValues.Xmp + "CreatorTool"), ("Producer", XmpValues.Pdf + "Producer"),
    ];

    private static readonly (string Key, XName Property)[] Dates = [("CreationDate", XmpValues.Xmp + "CreateDate"), ("ModDate", XmpValues.Xmp + "ModifyDate")];

    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        if (target.PdfA2Level is null || file.Info is not { } info)
        {
            yield break;
        }

        foreach (var (key, property) in Pairs)
        {
            if (file.Text(info, key) is { } value && XmpValues.Value(file.Xmp, property) != value)
            {
                yield return new("ISO 19005-2 6.6.3", $"Info /{key} \"{value}\" differs from XMP {property.LocalName} \"{XmpValues.Value(file.Xmp, property) ?? "(none)"}\"");
            }
        }

        foreach (var (key, property) in Dates)
        {
            if (file.Text(info, key) is { } value && (PdfDate(value) is not { } date || XmpDate(XmpValues.Value(file.Xmp, property)) != date))
            {
                yield return new("ISO 19005-2 6.6.3", $"Info /{key} {value} is not the same instant as XMP {property.LocalName} {XmpValues.Value(file.Xmp, property) ?? "(none)"}");
            }
        }
    }

    /// <summary>A PDF date (ISO 32000-1 §7.9.4), D:YYYYMMDDHHmmSS with an optional offset.</summary>
    private static DateTimeOffset? PdfDate(string text)
    {
        var s = text.StartsWith("D:", StringComparison.Ordinal) ? text[2..] : text;
        var digits = new string(s.TakeWhile(char.IsAsciiDigit).ToArray()).PadRight(14, '0');
        if (!DateTime.TryParseExact(digits[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var rest = s[s.TakeWhile(char.IsAsciiDigit).Count()..];
        var offset = TimeSpan.Zero;
        if (rest.Length > 0 && (rest[0] == '+' || rest[0] == '-'))
        {
            var parts = rest[1..].Split('\'', StringSplitOptions.RemoveEmptyEntries);
            offset = new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0, 0);
            offset = rest[0] == '-' ? -offset : offset;
        }

        return new DateTimeOffset(local, offset);
    }

    private static DateTimeOffset? XmpDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
