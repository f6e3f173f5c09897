namespace BriefingGen.Data.Schema;

/// <summary>
/// The checked values of one schema object's keywords, as <see cref="SchemaReader"/> reads them.
/// A <see cref="SchemaNode"/> holds one of these; they are apart so that a node can exist (and be
/// referred to) before its keywords are read, which is what lets a schema refer to itself.
/// </summary>
internal sealed record SchemaRules
{
    /// <summary>Allowed JSON types (<c>string</c>, <c>integer</c>, …); empty allows any.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Known properties of an object.</summary>
    public IReadOnlyDictionary<string, SchemaNode> Properties { get; init; } = new Dictionary<string, SchemaNode>();

    /// <summary>Properties an object must have, in the order the schema lists them.</summary>
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

    /// <summary>A regular expression text must match, compiled when the schema was read.</summary>
    public SchemaPattern? Pattern { get; init; }

    /// <summary><c>date</c> (YYYY-MM-DD) or <c>uri</c> (an absolute web or mail address).</summary>
    public string? Format { get; init; }

    /// <summary><c>text/markdown</c> for fields that hold Markdown by design.</summary>
    public string? ContentMediaType { get; init; }

    /// <summary>What the field means, shown by <c>briefgen validate</c> where it helps.</summary>
    public string? Description { get; init; }

    /// <summary>Rules that accept anything.</summary>
    public static SchemaRules None { get; } = new();
}
