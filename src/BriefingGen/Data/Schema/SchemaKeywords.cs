namespace BriefingGen.Data.Schema;

/// <summary>
/// The names the supported JSON Schema subset knows: keywords, types, formats and media types,
/// with the hints that turn a near miss from another dialect ("int", "definitions") into the
/// word this one uses.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Every keyword a schema object may hold.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "examples", "default",
        "type", "properties", "required", "additionalProperties", "items", "enum",
        "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "pattern", "format",
        "contentMediaType",
    ];

    /// <summary>Keywords that only describe and check nothing, so they may stand beside <c>$ref</c>.</summary>
    public static readonly IReadOnlySet<string> Annotations = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "examples", "default",
    };

    /// <summary>The JSON types <c>type</c> may name.</summary>
    public static readonly IReadOnlyList<string> Types = ["string", "integer", "number", "boolean", "object", "array", "null"];

    /// <summary>The formats the validator checks.</summary>
    public static readonly IReadOnlyList<string> Formats = ["date", "uri", "time-span"];

    /// <summary>The one media type the generator acts on.</summary>
    public const string Markdown = "text/markdown";

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        // Types as programming languages spell them.
        ["int"] = "integer",
        ["long"] = "integer",
        ["float"] = "number",
        ["double"] = "number",
        ["decimal"] = "number",
        ["bool"] = "boolean",
        ["str"] = "string",
        ["text"] = "string",
        ["list"] = "array",
        ["map"] = "object",
        ["dict"] = "object",

        // Keywords of other drafts and dialects.
        ["definitions"] = "$defs",
        ["ref"] = "$ref",
        ["minimumLength"] = "minLength",
        ["maximumLength"] = "maxLength",

        // Formats close to the supported ones.
        ["url"] = "uri",
        ["uri-reference"] = "uri",
        ["iri"] = "uri",
        ["full-date"] = "date",
    };

    /// <summary>True when <paramref name="keyword"/> is part of the subset.</summary>
    public static bool IsKnown(string keyword) => KnownSet.Contains(keyword);

    /// <summary>The one of <paramref name="known"/> that <paramref name="word"/> was most likely meant to be, or null.</summary>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        var list = known as IReadOnlyCollection<string> ?? known.ToList();
        return Hints.TryGetValue(word, out var hint) && list.Contains(hint) ? hint : Suggestions.Closest(word, list);
    }
}
