using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data.Schema;

/// <summary>
/// Reads the value of one keyword of a schema object and checks that it is of the kind the
/// keyword takes: a known type name, a finite number, a count, a list of field names, a
/// supported format. A wrong value is an error at its own line and column that names the keyword,
/// what it expects and what it got, and the keyword then counts as absent, never as something it
/// was not meant to be.
/// </summary>
internal sealed class KeywordReader(DiagnosticBag diagnostics)
{
    /// <summary>
    /// Most "did you mean" hints one schema gets. A hint is a kindness that costs an edit-distance
    /// search; a hostile file with thousands of mistakes must not make reading it slow.
    /// </summary>
    private const int MaxHints = 200;

    private int _hints;

    /// <summary>The one of <paramref name="known"/> that <paramref name="word"/> was most likely meant to be, or null (also once the schema has had its share of hints).</summary>
    public string? Nearest(string word, IEnumerable<string> known) =>
        ++_hints > MaxHints ? null : SchemaKeywords.Nearest(word, known);

    /// <summary>Reports <paramref name="message"/> about <paramref name="keyword"/> at <paramref name="node"/>.</summary>
    public void Error(DataNode node, string keyword, string message) => diagnostics.Error(node.Location, "", $"'{keyword}': {message}");

    /// <summary>Warns about <paramref name="keyword"/> at <paramref name="node"/>.</summary>
    public void Warning(DataNode node, string keyword, string message) => diagnostics.Warning(node.Location, "", $"'{keyword}': {message}");

    /// <summary>The keyword's text, or null when it is absent or not text.</summary>
    public string? Text(DataMap map, string keyword)
    {
        switch (map[keyword])
        {
            case null:
                return null;
            case DataScalar { Kind: ScalarKind.String } text:
                return text.Text;
            case var other:
                Error(other, keyword, $"expected text, got {SchemaWords.Got(other)}");
                return null;
        }
    }

    /// <summary>The keyword's true or false, or null when it is absent or something else; <paramref name="otherwise"/> explains what is not supported.</summary>
    public bool? Boolean(DataMap map, string keyword, string otherwise)
    {
        switch (map[keyword])
        {
            case null:
                return null;
            case DataScalar { Kind: ScalarKind.Boolean } flag:
                return flag.ToClrValue() is true;
            case var other:
                Error(other, keyword, $"expected true or false, got {SchemaWords.Got(other)}{otherwise}");
                return null;
        }
    }

    /// <summary>A finite number for <c>minimum</c> or <c>maximum</c>, or null.</summary>
    public double? Bound(DataMap map, string keyword)
    {
        if (map[keyword] is not { } node)
        {
            return null;
        }

        if (node is DataScalar s && s.TryGetNumber(out var value) && double.IsFinite(value))
        {
            return value;
        }

        Error(node, keyword, $"expected a finite number, got {SchemaWords.Got(node)}");
        return null;
    }

    /// <summary>A whole number of at least 0 for a length or a count, or null.</summary>
    public int? Count(DataMap map, string keyword)
    {
        if (map[keyword] is not { } node)
        {
            return null;
        }

        if (node is DataScalar s && s.TryGetInteger(out var value) && value is >= 0 and <= int.MaxValue)
        {
            return (int)value;
        }

        Error(node, keyword, string.Create(CultureInfo.InvariantCulture, $"expected a whole number from 0 to {int.MaxValue:N0}, got {SchemaWords.Got(node)}"));
        return null;
    }

    /// <summary>The type names of <c>type</c>: one name or a non-empty list of them, each a known type.</summary>
    public IReadOnlyList<string> Types(DataMap map)
    {
        var types = new List<string>();
        switch (map["type"])
        {
            case null:
                break;
            case DataScalar name:
                AddType(name, types);
                break;
            case DataList { Items.Count: > 0 } list:
                foreach (var item in list.Items)
                {
                    AddType(item, types);
                }

                break;
            case var other:
                Error(other, "type", $"expected a type name such as \"string\", or a list of them, got {SchemaWords.Got(other)}");
                break;
        }

        return types;
    }

    /// <summary>The field names of <c>required</c>: a list of text, each named once.</summary>
    public IReadOnlyList<string> Required(DataMap map)
    {
        var names = new List<string>();
        switch (map["required"])
        {
            case null:
                break;
            case DataList list:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in list.Items)
                {
                    if (item is not DataScalar { Kind: ScalarKind.String } name)
                    {
                        Error(item, "required", $"expected a field name (text), got {SchemaWords.Got(item)}");
                    }
                    else if (!seen.Add(name.Text))
                    {
                        Warning(item, "required", $"'{Excerpt.Of(name.Text)}' is listed twice");
                    }
                    else
                    {
                        names.Add(name.Text);
                    }
                }

                break;
            case var other:
                Error(other, "required", $"expected a list of field names such as [\"title\"], got {SchemaWords.Got(other)}");
                break;
        }

        return names;
    }

    /// <summary>The values of <c>enum</c>, as text: a non-empty list of single values.</summary>
    public IReadOnlyList<string>? Enum(DataMap map)
    {
        switch (map["enum"])
        {
            case null:
                return null;
            case DataList { Items.Count: > 0 } list:
                var values = new List<string>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    if (item is DataScalar value)
                    {
                        values.Add(value.Text);
                    }
                    else
                    {
                        Error(item, "enum", $"expected a single value (text, a number, true or false), got {SchemaWords.Got(item)}");
                    }
                }

                return values;
            case var other:
                Error(other, "enum", $"expected a list of at least one allowed value, got {SchemaWords.Got(other)}");
                return null;
        }
    }

    /// <summary>The keyword's text when it is one of <paramref name="allowed"/>, or null.</summary>
    public string? Choice(DataMap map, string keyword, IReadOnlyList<string> allowed)
    {
        if (Text(map, keyword) is not { } value)
        {
            return null;
        }

        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        var what = allowed.Count == 1 ? $"'{allowed[0]}', the only one supported" : "one of " + string.Join(", ", allowed);
        Error(map[keyword]!, keyword, $"expected {what}, got \"{Excerpt.Of(value)}\"{SchemaWords.DidYouMean(Nearest(value, allowed))}");
        return null;
    }

    private void AddType(DataNode node, List<string> types)
    {
        if (node is not DataScalar { Kind: ScalarKind.String } name)
        {
            Error(node, "type", $"expected a type name such as \"string\", got {SchemaWords.Got(node)}");
        }
        else if (!SchemaKeywords.Types.Contains(name.Text, StringComparer.Ordinal))
        {
            Error(node, "type", $"expected one of {string.Join(", ", SchemaKeywords.Types)}, got \"{Excerpt.Of(name.Text)}\"{SchemaWords.DidYouMean(Nearest(name.Text, SchemaKeywords.Types))}");
        }
        else if (types.Contains(name.Text, StringComparer.Ordinal))
        {
            Warning(node, "type", $"'{name.Text}' is listed twice");
        }
        else
        {
            types.Add(name.Text);
        }
    }
}
