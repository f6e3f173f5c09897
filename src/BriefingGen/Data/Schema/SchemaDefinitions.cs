namespace BriefingGen.Data.Schema;

/// <summary>
/// The schema's <c>$defs</c> and the references into them. Each entry is read once and becomes one
/// <see cref="SchemaNode"/> that every <c>$ref</c> naming it shares, so a schema whose entries name
/// each other many times over reads in time linear in its size, not in the size it would have
/// written out.
/// </summary>
/// <remarks>
/// Recursion is supported. A reference hands out the entry's node at once, before the entry is
/// read (<see cref="ReadAll"/> reads every entry after the rest of the schema), so an entry may
/// refer to itself through <c>properties</c> or <c>items</c>, directly or by way of other
/// entries: a tree of sections whose <c>subsections</c> are sections is a valid schema, and the
/// data decides how deep it goes. What cannot work is an entry that is only a reference, in a loop
/// of entries that are only references to each other (<c>a: {$ref: b}</c>, <c>b: {$ref: a}</c>):
/// it says nothing about any value, and it is an error at the reference that closes the loop.
/// </remarks>
internal sealed class SchemaDefinitions(DataMap? defs, SchemaReader reader, KeywordReader keywords)
{
    private const string Prefix = "#/$defs/";
    private readonly Dictionary<string, SchemaNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _following = [];

    /// <summary>The node of the entry that <paramref name="reference"/> (a <c>$ref</c> value) names, found <paramref name="depth"/> levels down.</summary>
    public SchemaNode Resolve(DataNode reference, int depth)
    {
        if (reference is not DataScalar { Kind: ScalarKind.String } text)
        {
            keywords.Error(reference, "$ref", $"expected a reference such as \"#/$defs/NAME\", got {SchemaWords.Got(reference)}");
            return SchemaNode.Any;
        }

        var name = text.Text.StartsWith(Prefix, StringComparison.Ordinal) ? text.Text[Prefix.Length..] : null;
        if (name is null || name.Contains('/', StringComparison.Ordinal))
        {
            keywords.Error(reference, "$ref", $"expected a reference to an entry of this file's $defs as \"#/$defs/NAME\", got \"{Excerpt.Of(text.Text)}\"; references to other files or into other parts of a schema are not supported");
            return SchemaNode.Any;
        }

        // JSON Pointer writes "~" as "~0" and "/" as "~1" in a name.
        name = name.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        if (defs is null || !defs.TryGet(name, out _))
        {
            var got = $"expected the name of an entry of $defs, got '{Excerpt.Of(name)}'";
            keywords.Error(reference, "$ref", defs is null
                ? got + "; the schema has no $defs at its top"
                : SchemaWords.WithKnown(got, keywords.Nearest(name, defs.Entries.Select(e => e.Key)), "entries", defs.Entries.Select(e => e.Key)));
            return SchemaNode.Any;
        }

        return Node(name, reference, depth);
    }

    /// <summary>Reads every entry not yet read, in file order, so mistakes in unused entries are reported too.</summary>
    public void ReadAll()
    {
        foreach (var entry in defs?.Entries ?? [])
        {
            if (IsReference(entry.Value))
            {
                Node(entry.Key, entry.Value, 1);
            }
            else
            {
                // Entries that are schemas of their own are read here and only here: once each.
                if (!_nodes.TryGetValue(entry.Key, out var node))
                {
                    _nodes.Add(entry.Key, node = new SchemaNode());
                }

                node.Define(reader.ReadDefinition(entry.Value));
            }
        }
    }

    /// <summary>The shared node of the entry <paramref name="name"/>; <paramref name="site"/> is where it was asked for.</summary>
    private SchemaNode Node(string name, DataNode site, int depth)
    {
        if (_nodes.TryGetValue(name, out var known))
        {
            return known;
        }

        var body = defs![name]!;
        if (!IsReference(body))
        {
            // Handed out now and defined by ReadAll, which is what lets an entry refer to itself.
            var node = new SchemaNode();
            _nodes.Add(name, node);
            return node;
        }

        // An entry that is only a reference is the node it leads to; follow the chain, watching for a loop.
        if (_following.Contains(name))
        {
            var loop = string.Join(" → ", _following.Skip(_following.IndexOf(name)).Append(name).Select(n => Excerpt.Of(n)));
            keywords.Error(site, "$ref", $"the $defs entries {loop} are only references to each other, so they describe no value; a reference back to an entry must pass through 'properties' or 'items'");
            _nodes[name] = SchemaNode.Any;
            return SchemaNode.Any;
        }

        _following.Add(name);
        var target = reader.ReadSchema(body, depth + 1);
        _following.RemoveAt(_following.Count - 1);
        return _nodes.TryAdd(name, target) ? target : _nodes[name];
    }

    private static bool IsReference(DataNode body) => body is DataMap map && map["$ref"] is not null;
}
