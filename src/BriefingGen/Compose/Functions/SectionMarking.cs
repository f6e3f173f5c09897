using BriefingGen.Data;
using BriefingGen.Markings;
using Scriban.Runtime;

namespace BriefingGen.Compose.Functions;

/// <summary>
/// The <c>marking</c> a <c>section</c> call passes: a text (the level) or a marking object from the
/// data, read with each value's origin so the engine's rules can point at the data.
/// </summary>
internal static class SectionMarking
{
    /// <summary>The request for <paramref name="value"/>, or null when it is empty.</summary>
    public static MarkingRequest? Read(TemplateCall call, object? value)
    {
        var fallback = call.Location;
        switch (value)
        {
            case null:
                return null;
            case ScriptObject map:
                var fields = call.Map(map, "its marking");
                foreach (var key in fields.Keys.Where(k => !MarkingRequest.Keys.Contains(k, StringComparer.Ordinal)))
                {
                    throw call.Error($"a marking has no field '{key}'; it has {string.Join(", ", MarkingRequest.Keys)}");
                }

                var origin = call.OriginOf(map);
                MarkingValue? One(string key) => fields.TryGetValue(key, out var v) && v is not null && call.Text(v).Trim() is { Length: > 0 } text ? new MarkingValue(text, call.OriginOf(v)) : null;
                IReadOnlyList<MarkingValue> Many(string key) => !fields.TryGetValue(key, out var v) || v is null
                    ? []
                    : v is ScriptArray list ? [.. list.Select(i => new MarkingValue(call.Text(i).Trim(), call.OriginOf(i)))] : [new MarkingValue(call.Text(v).Trim(), call.OriginOf(v))];
                var (on, years) = Declassify(call, fields.TryGetValue("declassify", out var d) ? d : null);
                return new MarkingRequest
                {
                    Location = origin?.Location ?? fallback,
                    Path = origin?.Path ?? "",
                    Scheme = One("scheme"),
                    Level = One("level"),
                    Descriptors = Many("descriptors"),
                    Caveats = Many("caveats"),
                    LegalBasis = One("legal_basis"),
                    DeclassifyOn = on,
                    DeclassifyAfterYears = years,
                };
            default:
                var plain = call.Text(value).Trim();
                return plain.Length == 0 ? null : MarkingRequest.PlainText(plain, call.OriginOf(value), fallback);
        }
    }

    private static (DateOnly? On, long? Years) Declassify(TemplateCall call, object? value)
    {
        if (value is null)
        {
            return (null, null);
        }

        var fields = call.Map(value, "a marking's declassify");
        if (fields.TryGetValue("on", out var on) && on is not null)
        {
            return IsoDate.TryParse(call.Text(on).Trim(), out var date)
                ? (date, null)
                : throw call.Error($"a marking's declassify on must be a date written YYYY-MM-DD, got \"{call.Text(on)}\"");
        }

        return fields.TryGetValue("after_years", out var years) && years is not null ? (null, call.Whole(years, "a marking's declassify after_years")) : (null, null);
    }
}
