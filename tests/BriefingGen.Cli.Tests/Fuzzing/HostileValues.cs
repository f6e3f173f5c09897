using BriefingGen.Data;
using BriefingGen.Diagnostics;
using CsCheck;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Hostile values for one place in the data, as tree nodes: what the field's name suggests
/// (dates for dates, languages for the language, Markdown for Markdown fields, out-of-range
/// numbers for the risk scales…) and, for any field, the wrong type, empty values, null and
/// nesting down to the data's depth limit and past it.
/// </summary>
internal static class HostileValues
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("generated");

    /// <summary>The deepest nesting data may have.</summary>
    public const int DepthLimit = 64;

    /// <summary>A text scalar.</summary>
    public static DataNode Str(string text) => new DataScalar(Here, text, ScalarKind.String);

    private static DataNode Int(string text) => new DataScalar(Here, text, ScalarKind.Integer);

    private static DataNode Num(string text) => new DataScalar(Here, text, ScalarKind.Number);

    private static DataNode Bool(string text) => new DataScalar(Here, text, ScalarKind.Boolean);

    private static readonly DataNode Null = new DataScalar(Here, "null", ScalarKind.Null);

    /// <summary>A map of the given entries.</summary>
    public static DataMap Map(params (string Key, DataNode Value)[] entries) =>
        new(Here, entries.Select(e => new DataMapEntry(e.Key, Here, e.Value)).ToList());

    /// <summary>A list of the given items.</summary>
    public static DataList List(IEnumerable<DataNode> items) => new(Here, items.ToList());

    private static readonly Gen<DataNode> Text = HostileStrings.Text.Select(Str);

    private static readonly Gen<DataNode> Markdown = HostileMarkdown.Field.Select(Str);

    private static readonly Gen<DataNode> Dates = Gen.Frequency(
        (3, Gen.OneOf("0001-01-01", "9999-12-31", "2024-02-29", "1970-01-01", "2038-01-19", "1582-10-10").Select(Str)),
        (1, Gen.OneOf("2023-02-29", "0000-00-00", "2026-13-01", "2026-1-5", "10000-01-01", "-0001-01-01",
        "2026-10-05T00:00:00Z", "2026-10-05 ", " 2026-10-05", "2026\u201310\u201305", "\u0662\u0660\u0662\u0666-\u0661\u0660-\u0660\u0665", "",
        "2026-W41", "05.10.2026").Select(Str)));

    private static readonly Gen<DataNode> Languages = Gen.OneOf(
        "ar-SA", "fa-IR", "th-TH", "xx", "he-IL", "ur-PK", "zh-CN", "ja-JP", "ko-KR", "hi-IN", "tr-TR", "az-Latn-AZ", "sr-Cyrl-RS", "nb-NO",
        "nn-NO", "no", "ru-RU", "en-GB", "en", "ru", "nb", "zz-ZZ", "x", "tlh", "i-klingon", "en-GB-oxendict", "EN-gb", "und", "qaa",
        "art-x-foo", "en_GB", "", "ar-SA-u-nu-arab", "th-TH-u-ca-buddhist", "fa-IR-u-ca-persian", "ja-JP-u-ca-japanese", "he-IL-u-ca-hebrew").Select(Str);

    private static readonly Gen<DataNode> Steps = Gen.Frequency(
        (4, Gen.Int[1, 5].Select(i => Int(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        (4, Gen.OneOf("0", "6", "-1", "1", "5", "3", "-0", "+3", "007", "2147483648", "-9223372036854775808", "9223372036854775808", "99999999999999999999999999").Select(Int)),
        (2, Gen.OneOf("3.0", "2.5", "1e3", "5.0000000000000001", "1e400", "-1e-400", "0.0").Select(Num)),
        (1, Gen.OneOf("3", "five", "", "\u0663").Select(Str)),
        (1, Gen.OneOf("true", "false").Select(Bool)));

    /// <summary>Mostly one of the field's own values; now and then a near miss.</summary>
    private static Gen<DataNode> Enum(params string[] values) => Gen.Frequency(
        (4, Gen.Int[0, values.Length - 1].Select(i => values[i])),
        (1, Gen.OneOf("Active", "ACTIVE", " active", "critical", "", "\u0430ctive", "stable\n", "High")))
        .Select(Str);

    private static readonly Gen<DataNode> Urls = Gen.OneOf(
        "javascript:alert(1)", "file:///etc/passwd", "http://", "https://", "https://exa mple.org", "mailto:", "mailto:a@b", "ftp://example.org",
        "https://\u4F8B\u3048.jp/\u00FC?x=<>\"'", "https://example.org/%00", "\\\\server\\share", "data:text/html,<script>alert(1)</script>",
        "https://example.org/)", "https://example.org/" + new string('a', 10_000), "//example.org", "https://[::1]:99999/", "https://user:pass@example.org/",
        "https://example.org/\u202Egpj.exe", "HTTPS://EXAMPLE.ORG", "https://example.org/a b", "", "x", "#frag", "https://example.org/\"><w:p/>").Select(Str);

    private static readonly Gen<DataNode> Templates = Gen.OneOf(
        "policy-brief", "no-such-pack", "../policy-brief", "/etc", "/", ".", "..", "", " ", "templates/policy-brief", "policy-brief/",
        "POLICY-BRIEF", "/dev/null", "policy-brief\0", "\u202Epolicy-brief").Select(Str);

    private static readonly Gen<DataNode> Ids = Gen.OneOf("R1", "R2", "", "R1 ", "123456789012", "1234567890123", "\u202ER1", "R\u0301", "{page}", "[^1]", "\U0001F600").Select(Str);

    private static readonly Gen<DataNode> WrongScalar = Gen.Frequency(
        (2, Gen.OneOf("0", "-1", "99999999999999999999999999", "2147483648").Select(Int)),
        (1, Gen.OneOf("1.5", "1e400", "-0.0").Select(Num)),
        (1, Gen.OneOf("true", "false").Select(Bool)),
        (2, Gen.Const(Null)),
        (2, Gen.Const(Str(""))));

    private static readonly Gen<DataNode> Containers = Gen.Frequency(
        (2, Gen.Const<DataNode>(List([]))),
        (2, Gen.Const<DataNode>(Map())),
        (2, Text.Array[1, 5].Select(items => (DataNode)List(items))),
        (1, Text.Select(t => (DataNode)Map(("name", t), ("title", t), ("text", t)))));

    /// <summary>
    /// Nesting of <c>depth</c> levels below the value's own place, mostly just inside or just past
    /// the data's limit once the place's own depth is added: lists, maps, or both in turn.
    /// </summary>
    public static Gen<DataNode> Nested(int placeDepth) => Gen.Select(
        Gen.Frequency((1, Gen.Int[1, 20]), (4, Gen.Int[DepthLimit - 3 - placeDepth, DepthLimit + 2 - placeDepth])),
        Gen.Int[0, 2],
        Text,
        (depth, shape, leaf) =>
        {
            var node = leaf;
            for (var i = 0; i < Math.Max(1, depth); i++)
            {
                node = (shape == 0 || (shape == 2 && i % 2 == 0)) ? List([node]) : Map(("a", node));
            }

            return node;
        });

    /// <summary>A value of the wrong kind for any place: another scalar type, null, an empty string, a container or deep nesting.</summary>
    public static Gen<DataNode> AnyWrong(int placeDepth) => Gen.Frequency(
        (3, WrongScalar),
        (2, Containers),
        (2, Nested(placeDepth)),
        (3, Text));

    /// <summary>A hostile value for the field called <paramref name="key"/> at <paramref name="placeDepth"/> levels down.</summary>
    public static Gen<DataNode> For(string key, int placeDepth)
    {
        Gen<DataNode> fitting = key switch
        {
            "summary" or "background" => Markdown,
            "date" or "decision_by" => Dates,
            "language" => Languages,
            "likelihood" or "impact" => Steps,
            "status" => Enum("active", "reduced", "paused", "suspended"),
            "outlook" => Enum("improving", "stable", "uncertain", "deteriorating"),
            "trend" => Enum("rising", "stable", "falling"),
            "priority" => Enum("high", "medium", "low"),
            "url" => Urls,
            "template" => Templates,
            "id" => Ids,
            _ => Gen.Frequency((6, Text), (1, Markdown)),
        };
        return Gen.Frequency((12, fitting), (1, AnyWrong(placeDepth)));
    }
}
