using BriefingGen.Data.Schema;
using BriefingGen.Model;

namespace BriefingGen.Compose.Functions;

/// <summary>
/// <c>section { orientation: "landscape", numbering: "restart", format: "i", prefix: "A-", … }</c>:
/// starts a new section with its own page layout, numbering and furniture. Every setting is
/// optional; one the function does not know is an error naming the settings it does. Its
/// <c>marking</c> (a text, or a marking object from the data) is checked with the paper's by the engine.
/// </summary>
internal static class SectionFunction
{
    private static readonly string[] Known =
    [
        "orientation", "numbering", "start", "format", "prefix", "title", "classification", "marking", "header_left", "header_right", "footer_left", "footer_right",
    ];

    /// <summary>The function, for registration.</summary>
    public static TemplateFunction Create() => new("section", 0, 1, Section);

    private static SectionBreak Section(TemplateCall call)
    {
        var options = call.Count == 0 || call.Argument(0) is null ? new Dictionary<string, object?>() : call.Map(call.Argument(0), "its settings");
        foreach (var key in options.Keys.Where(k => !Known.Contains(k, StringComparer.Ordinal)))
        {
            var hint = Suggestions.Closest(key, Known) is { } s ? $"did you mean '{s}'?" : $"it knows {string.Join(", ", Known)}";
            throw call.Error($"section has no setting '{key}'; {hint}");
        }

        string? Text(string key) => options.TryGetValue(key, out var v) && v is not null ? call.Text(v) : null;
        var furniture = new Dictionary<string, IReadOnlyList<Inline>>(StringComparer.Ordinal);
        foreach (var position in new[] { "header_left", "header_right", "footer_left", "footer_right" })
        {
            if (options.TryGetValue(position, out var value) && value is not null)
            {
                furniture[position] = call.Inlines(value);
            }
        }

        return new SectionBreak(new SectionSettings
        {
            Landscape = Text("orientation") switch
            {
                null => null,
                "landscape" => true,
                "portrait" => false,
                var other => throw call.Error($"section's orientation must be portrait or landscape, got \"{other}\""),
            },
            Numbering = Numbering(call, options),
            Furniture = furniture,
            Title = Text("title"),
            Classification = Text("classification"),
            Marking = options.TryGetValue("marking", out var marking) ? SectionMarking.Read(call, marking) : null,
        });
    }

    private static PageNumbering? Numbering(TemplateCall call, IReadOnlyDictionary<string, object?> options)
    {
        var mode = options.TryGetValue("numbering", out var m) && m is not null ? call.Text(m) : null;
        var format = options.TryGetValue("format", out var f) && f is not null ? call.Text(f) : null;
        var prefix = options.TryGetValue("prefix", out var p) && p is not null ? call.Text(p) : null;
        var start = options.TryGetValue("start", out var s) && s is not null ? call.Whole(s, "section's start") : (long?)null;
        if (mode is null && format is null && prefix is null && start is null)
        {
            return null;
        }

        if (mode is not (null or "continue" or "restart"))
        {
            throw call.Error($"section's numbering must be continue or restart, got \"{mode}\"");
        }

        if (start is < 0 or > 100_000)
        {
            throw call.Error($"section's start must be a page number from 0 to 100000, got {start}");
        }

        return new PageNumbering(
            Restart: mode == "restart" || start is not null,
            Start: (int)(start ?? 1),
            Format: format switch
            {
                null or "1" => PageNumberFormat.Decimal,
                "i" => PageNumberFormat.LowerRoman,
                "I" => PageNumberFormat.UpperRoman,
                "a" => PageNumberFormat.LowerLetter,
                "A" => PageNumberFormat.UpperLetter,
                _ => throw call.Error($"section's format must be 1, i, I, a or A, got \"{format}\""),
            },
            Prefix: prefix ?? "");
    }
}
