using System.Globalization;

namespace BriefingGen.Markings;

/// <summary>
/// The words of the first page's stamp: the legal basis for withholding the paper and when its
/// marking lapses, in the paper's language from the scheme's labels (English when it has none).
/// </summary>
internal static class MarkingStamp
{
    /// <summary>The label keys a scheme may give per language.</summary>
    public static readonly string[] LabelKeys = ["legal_basis", "declassify_on", "declassify_after"];

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["legal_basis"] = "Legal basis: {basis}",
        ["declassify_on"] = "Declassify on {date}",
        ["declassify_after"] = "Declassify after {years} years",
    };

    /// <summary>The stamp's lines; empty when the marking has neither companion.</summary>
    /// <param name="scheme">The marking's scheme, for its labels; null for the English defaults.</param>
    /// <param name="culture">The paper's culture.</param>
    /// <param name="dateFormat">How the paper writes a date in full (its pack's <c>long_date_format</c>).</param>
    /// <param name="legalBasis">The legal basis, or null.</param>
    /// <param name="declassifyOn">The day the marking lapses, when known.</param>
    /// <param name="afterYears">The years after which it lapses, when no day is known.</param>
    public static IReadOnlyList<string> Lines(MarkingScheme? scheme, CultureInfo culture, string dateFormat, string? legalBasis, DateOnly? declassifyOn, long? afterYears)
    {
        var lines = new List<string>();
        if (legalBasis is not null)
        {
            lines.Add(Label(scheme, culture, "legal_basis").Replace("{basis}", legalBasis, StringComparison.Ordinal));
        }

        if (declassifyOn is { } on)
        {
            lines.Add(Label(scheme, culture, "declassify_on").Replace("{date}", on.ToString(dateFormat, culture), StringComparison.Ordinal));
        }
        else if (afterYears is { } years)
        {
            lines.Add(Label(scheme, culture, "declassify_after").Replace("{years}", years.ToString(culture), StringComparison.Ordinal));
        }

        return lines;
    }

    private static string Label(MarkingScheme? scheme, CultureInfo culture, string key)
    {
        // Norwegian Bokmål, Nynorsk and plain "no" all read the scheme's nb labels.
        var language = culture.TwoLetterISOLanguageName is "nn" or "no" ? "nb" : culture.TwoLetterISOLanguageName;
        if (scheme is not null)
        {
            foreach (var candidate in new[] { language, "en" })
            {
                if (scheme.Labels.TryGetValue(candidate, out var labels) && labels.TryGetValue(key, out var label))
                {
                    return label;
                }
            }
        }

        return English[key];
    }
}
