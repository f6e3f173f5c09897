namespace BriefingGen.Data.Schema;

/// <summary>
/// One schema of the JSON Schema subset a template pack may use to describe its data: types,
/// required and known properties, list items, enumerations, ranges, lengths, patterns and the
/// formats <c>date</c> and <c>uri</c>. <c>contentMediaType: text/markdown</c> marks fields that
/// hold Markdown by design.
/// </summary>
internal sealed record SchemaNode
{
    /// <summary>Allowed JSON types (<c>string</c>, <c>integer</c>, …); empty allows any.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Known properties of an object.</summary>
    public IReadOnlyDictionary<string, SchemaNode> Properties { get; init; } = new Dictionary<string, SchemaNode>();

    /// <summary>Properties an object must have.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>False when an object may hold only the known properties.</summary>
    public bool AdditionalProperties { get; init; } = true;

    /// <summary>The schema every list item must meet, or null.</summary>
    public SchemaNode? Items { get; init; }

    /// <summary>The allowed values, as text, or null for any.</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>Smallest allowed number.</summary>
    public double? Minimum { get; init; }

    /// <summary>Largest allowed number.</summary>
    public double? Maximum { get; init; }

    /// <summary>Fewest list items.</summary>
    public int? MinItems { get; init; }

    /// <summary>Most list items.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Shortest text, in characters.</summary>
    public int? MinLength { get; init; }

    /// <summary>Longest text, in characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression text must match.</summary>
    public string? Pattern { get; init; }

    /// <summary><c>date</c> (YYYY-MM-DD) or <c>uri</c> (an absolute web or mail address).</summary>
    public string? Format { get; init; }

    /// <summary><c>text/markdown</c> for fields that hold Markdown by design.</summary>
    public string? ContentMediaType { get; init; }

    /// <summary>What the field means, shown by <c>briefgen validate</c> where it helps.</summary>
    public string? Description { get; init; }

    /// <summary>A schema that accepts anything.</summary>
    public static SchemaNode Any { get; } = new();

    /// <summary>True when the field holds Markdown by design.</summary>
    public bool IsMarkdown => ContentMediaType == "text/markdown";
}
