using BriefingGen.Data;
using BriefingGen.Diagnostics;
using CsCheck;

namespace BriefingGen.Tests.Data;

/// <summary>
/// Random schema trees for property tests: every keyword of the subset, mostly with a value of the
/// right kind (so that many schemas are valid and get to check data) and otherwise with values of
/// every wrong kind; broken and backtracking patterns; references to entries that exist, that do
/// not, that refer to themselves, that only loop, and that point outside; unknown keywords.
/// </summary>
internal static class SchemaTreeGen
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("generated");

    private static readonly string[] Usual =
    [
        "type", "type", "properties", "properties", "required", "additionalProperties", "items", "items", "enum",
        "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "pattern", "format",
        "contentMediaType", "description", "title", "default",
    ];

    /// <summary>Keywords that make a schema object wrong wherever they stand, or beside others.</summary>
    private static readonly string[] Odd = ["$ref", "$defs", "maxLenght", ""];

    private static readonly Gen<DataNode> Wrong = Gen.Frequency(
        (3, Texts("strng", "", "url", "text/plain", "#/$defs/missing", "#/$defs/a/properties", "other.json#/x", "#", "(", "[", "a**", "\\p{Foo}", "a{2147483648}")),
        (2, Integers("-1", "99999999999", "2147483648")),
        (2, Numbers("1.5", "1E400", "-0.0", "1e-9")),
        (1, Gen.OneOf("true", "false").Select(t => (DataNode)new DataScalar(Here, t, ScalarKind.Boolean))),
        (1, Gen.Const((DataNode)new DataScalar(Here, "", ScalarKind.Null))),
        (1, Gen.Const((DataNode)new DataList(Here, []))),
        (1, Gen.Const((DataNode)new DataMap(Here, []))));

    private static readonly Gen<DataNode> TypeName = Texts("string", "integer", "number", "object", "array", "boolean", "null");

    private static readonly Gen<DataNode> Name = Texts("title", "name", "a", "x y", "");

    /// <summary>A whole schema, with $defs entries a and b, self (which refers to itself) and, now and then, loop1 and loop2 (references only to each other).</summary>
    public static readonly Gen<DataNode> Root = Gen.Select(Schema(3), Schema(3), Schema(2), Gen.Int[0, 9]).Select((root, a, b, roll) =>
    {
        List<DataMapEntry> defs =
        [
            new("a", Here, a),
            new("b", Here, b),
            new("self", Here, Map(("type", Text("object")), ("properties", Map(("next", Map(("$ref", Text("#/$defs/self")))))))),
        ];
        if (roll == 0)
        {
            defs.Add(new("loop1", Here, Map(("$ref", Text("#/$defs/loop2")))));
            defs.Add(new("loop2", Here, Map(("$ref", Text("#/$defs/loop1")))));
        }

        var entries = root is DataMap map ? map.Entries.Where(e => e.Key != "$defs") : [];
        return (DataNode)new DataMap(Here, [.. entries, new DataMapEntry("$defs", Here, new DataMap(Here, defs))]);
    });

    /// <summary>A schema object of at most <paramref name="depth"/> levels: mostly keywords, sometimes a bare reference.</summary>
    public static Gen<DataNode> Schema(int depth) => depth == 0
        ? Gen.Const((DataNode)new DataMap(Here, []))
        : Gen.Frequency(
            (8, Keywords(depth, Usual)),
            (1, Right("$ref", depth).Select(r => (DataNode)Map(("$ref", r)))),
            (1, Keywords(depth, [.. Usual, .. Odd])));

    private static Gen<DataNode> Keywords(int depth, string[] names) =>
        Gen.Int[0, names.Length - 1].SelectMany(k => Value(names[k], depth).Select(v => (Key: names[k], Value: v)))
            .Array[0, 5]
            .Select(pairs => (DataNode)new DataMap(Here, pairs.DistinctBy(p => p.Key, StringComparer.Ordinal).Select(p => new DataMapEntry(p.Key, Here, p.Value)).ToList()));

    private static Gen<DataNode> Value(string keyword, int depth) => Gen.Frequency((12, Right(keyword, depth)), (1, Wrong));

    private static Gen<DataNode> Right(string keyword, int depth) => keyword switch
    {
        "type" => Gen.Frequency((3, TypeName), (1, TypeName.Array[1, 3].Select(t => (DataNode)new DataList(Here, t)))),
        "properties" or "$defs" => Gen.Select(Gen.OneOf("title", "name", "a", "x y"), Schema(depth - 1)).Array[0, 4]
            .Select(fields => (DataNode)new DataMap(Here, fields.DistinctBy(f => f.Item1, StringComparer.Ordinal).Select(f => new DataMapEntry(f.Item1, Here, f.Item2)).ToList())),
        "required" => Name.Array[0, 3].Select(n => (DataNode)new DataList(Here, n)),
        "additionalProperties" => Gen.OneOf("true", "false").Select(t => (DataNode)new DataScalar(Here, t, ScalarKind.Boolean)),
        "items" => Schema(depth - 1),
        "enum" => Gen.Frequency((3, Name), (1, Integers("1", "2"))).Array[1, 4].Select(v => (DataNode)new DataList(Here, v)),
        "minimum" or "maximum" => Gen.Frequency((2, Integers("0", "1", "5", "-3")), (1, Numbers("2.5", "1e3"))),
        "minItems" or "maxItems" or "minLength" or "maxLength" => Integers("0", "1", "3", "12"),
        "pattern" => Texts("^[a-z]+$", "^x", "\\d", "(ab)\\1", "(?=(a+)+b)", "^(a+)+$", "((a{100}){100}){100}", "[\\p{L} ]*"),
        "format" => Texts("date", "uri"),
        "contentMediaType" => Texts("text/markdown"),
        "$ref" => Texts("#/$defs/a", "#/$defs/b", "#/$defs/self"),
        _ => Texts("Some words.", ""),
    };

    private static Gen<DataNode> Texts(params string[] texts) => Gen.OneOf(texts).Select(Text);

    private static Gen<DataNode> Integers(params string[] texts) => Gen.OneOf(texts).Select(t => (DataNode)new DataScalar(Here, t, ScalarKind.Integer));

    private static Gen<DataNode> Numbers(params string[] texts) => Gen.OneOf(texts).Select(t => (DataNode)new DataScalar(Here, t, ScalarKind.Number));

    private static DataNode Text(string text) => new DataScalar(Here, text, ScalarKind.String);

    private static DataMap Map(params (string Key, DataNode Value)[] entries) =>
        new(Here, entries.Select(e => new DataMapEntry(e.Key, Here, e.Value)).ToList());
}
