namespace BriefingGen.Data.Schema;

/// <summary>
/// One schema of the JSON Schema subset a template pack may use to describe its data: types,
/// required and known properties, list items, enumerations, ranges, lengths, patterns and the
/// formats <c>date</c> and <c>uri</c>. <c>contentMediaType: text/markdown</c> marks fields that
/// hold Markdown by design.
/// </summary>
/// <remarks>
/// Every <c>$defs</c> entry becomes one node, shared by every <c>$ref</c> that names it, and a
/// node may be referred to before its keywords are read; so a schema may refer to itself, and the
/// nodes form a graph that can have cycles. That is why this is a class and not a record: a
/// record's generated equality, hash and text would follow the cycle for ever. Code that walks a
/// schema must therefore be led by the data (as the validator is), never by the schema alone.
/// </remarks>
internal sealed class SchemaNode
{
    private SchemaRules? _rules;
    private HashSet<string> _required = [];
    private HashSet<string>? _enum;

    /// <summary>Creates a node with <paramref name="rules"/>.</summary>
    public SchemaNode(SchemaRules rules) => Define(rules);

    /// <summary>Creates a node whose rules are read later, by <see cref="Define"/>.</summary>
    public SchemaNode()
    {
    }

    /// <summary>A schema that accepts anything.</summary>
    public static SchemaNode Any { get; } = new(SchemaRules.None);

    /// <summary>The node's rules; none until they are defined.</summary>
    public SchemaRules Rules => _rules ?? SchemaRules.None;

    /// <summary>Allowed JSON types (<c>string</c>, <c>integer</c>, …); empty allows any.</summary>
    public IReadOnlyList<string> Types => Rules.Types;

    /// <summary>Known properties of an object.</summary>
    public IReadOnlyDictionary<string, SchemaNode> Properties => Rules.Properties;

    /// <summary>Properties an object must have.</summary>
    public IReadOnlyList<string> Required => Rules.Required;

    /// <summary>False when an object may hold only the known properties.</summary>
    public bool AdditionalProperties => Rules.AdditionalProperties;

    /// <summary>The schema every list item must meet, or null.</summary>
    public SchemaNode? Items => Rules.Items;

    /// <summary>The allowed values, as text, or null for any.</summary>
    public IReadOnlyList<string>? Enum => Rules.Enum;

    /// <summary>Smallest allowed number.</summary>
    public double? Minimum => Rules.Minimum;

    /// <summary>Largest allowed number.</summary>
    public double? Maximum => Rules.Maximum;

    /// <summary>Fewest list items.</summary>
    public int? MinItems => Rules.MinItems;

    /// <summary>Most list items.</summary>
    public int? MaxItems => Rules.MaxItems;

    /// <summary>Shortest text, in characters.</summary>
    public int? MinLength => Rules.MinLength;

    /// <summary>Longest text, in characters.</summary>
    public int? MaxLength => Rules.MaxLength;

    /// <summary>A regular expression text must match, compiled when the schema was read.</summary>
    public SchemaPattern? Pattern => Rules.Pattern;

    /// <summary><c>date</c> (YYYY-MM-DD) or <c>uri</c> (an absolute web or mail address).</summary>
    public string? Format => Rules.Format;

    /// <summary><c>text/markdown</c> for fields that hold Markdown by design.</summary>
    public string? ContentMediaType => Rules.ContentMediaType;

    /// <summary>What the field means, shown by <c>briefgen validate</c> where it helps.</summary>
    public string? Description => Rules.Description;

    /// <summary>True when the field holds Markdown by design.</summary>
    public bool IsMarkdown => ContentMediaType == "text/markdown";

    /// <summary>True when <paramref name="name"/> is a required property; a set, so large objects check quickly.</summary>
    public bool IsRequired(string name) => _required.Contains(name);

    /// <summary>True when the value written as <paramref name="text"/> is allowed by <see cref="Enum"/> (or there is none).</summary>
    public bool Allows(string text) => _enum is null || _enum.Contains(text);

    /// <summary>
    /// Gives a node made by <see cref="SchemaNode()"/> its rules, once. The reader calls this when
    /// it reads a <c>$defs</c> entry whose node references already share.
    /// </summary>
    /// <exception cref="InvalidOperationException">The node already has rules.</exception>
    public void Define(SchemaRules rules)
    {
        if (_rules is not null)
        {
            throw new InvalidOperationException("a schema node's rules are defined once");
        }

        _required = new HashSet<string>(rules.Required, StringComparer.Ordinal);
        _enum = rules.Enum is { } values ? new HashSet<string>(values, StringComparer.Ordinal) : null;
        _rules = rules;
    }
}
