using System.Globalization;

namespace BriefingGen.Data.Schema;

/// <summary>
/// The words schema messages are made of: what a schema accepts, said the way a policy officer
/// would say it, and what was found instead. Values from files are shortened and long lists cut,
/// so that no message grows with a hostile file.
/// </summary>
internal static class SchemaWords
{
    /// <summary>Most items a message lists before it says how many more there are.</summary>
    private const int ListedItems = 20;

    /// <summary>Describes what a schema accepts in words a policy officer understands.</summary>
    public static string Expected(SchemaNode schema)
    {
        if (schema.Enum is { } values)
        {
            return "one of " + List(values);
        }

        var words = schema.Types.Where(t => t != "null").Select(type => type switch
        {
            "integer" => "a whole number" + Range(schema),
            "number" => "a number" + Range(schema),
            "string" when schema.Format == "date" => "a date as YYYY-MM-DD",
            "string" when schema.Format == "uri" => "a web address",
            "string" when schema.Format == "time-span" => "a time as HH:MM, or a span HH:MM–HH:MM",
            "string" => "text",
            "object" => "a map of fields",
            "array" => "a list",
            "boolean" => "true or false",
            _ => type,
        }).ToList();
        return words.Count == 0 ? "a value" : string.Join(" or ", words);
    }

    /// <summary>What a node holds, for "got …": quoted text, a number as written, "a map", "a list".</summary>
    public static string Got(DataNode node) => node switch
    {
        DataScalar { Kind: ScalarKind.String } s => $"\"{Excerpt.Of(s.Text)}\"",
        DataScalar { Kind: ScalarKind.Null } => "nothing",
        DataScalar s => Excerpt.Of(s.Text),
        DataList { Items.Count: 0 } => "an empty list",
        DataMap { Entries.Count: 0 } => "an empty map",
        _ => node.Describe(),
    };

    /// <summary>The items joined with commas, each shortened, and at most <paramref name="listed"/> of them.</summary>
    public static string List(IEnumerable<string> items, int listed = ListedItems)
    {
        var all = items as IReadOnlyCollection<string> ?? items.ToList();
        var shown = string.Join(", ", all.Take(listed).Select(i => Excerpt.Of(i)));
        return all.Count <= listed
            ? shown
            : string.Create(CultureInfo.InvariantCulture, $"{shown} and {all.Count - listed:N0} more");
    }

    /// <summary>"; did you mean 'x'?" for a <paramref name="near"/> word, or "".</summary>
    public static string DidYouMean(string? near) => near is null ? "" : $"; did you mean '{near}'?";

    /// <summary>
    /// <paramref name="message"/> followed by the hint, when there is one, and the list of what is
    /// known: "…; did you mean 'x'? Known fields: a, b" or "…; known fields: a, b".
    /// </summary>
    public static string WithKnown(string message, string? near, string label, IEnumerable<string> known, int listed = ListedItems) =>
        near is null
            ? $"{message}; {label}: {List(known, listed)}"
            : $"{message}; did you mean '{near}'? {char.ToUpperInvariant(label[0])}{label[1..]}: {List(known, listed)}";

    /// <summary>Formats a bound without a needless ".0"; very large or small ones in exponent form rather than hundreds of digits.</summary>
    public static string Show(double value) =>
        value != 0 && (Math.Abs(value) >= 1e15 || Math.Abs(value) < 0.001)
            ? value.ToString("G6", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Range(SchemaNode s) => (s.Minimum, s.Maximum) switch
    {
        ({ } lo, { } hi) => $" from {Show(lo)} to {Show(hi)}",
        ({ } lo, null) => $" of at least {Show(lo)}",
        (null, { } hi) => $" of at most {Show(hi)}",
        _ => "",
    };
}
