using BriefingGen.Data;
using BriefingGen.Diagnostics;
using CsCheck;

namespace BriefingGen.Tests.Data;

/// <summary>
/// Random data trees for property tests, made to hit what breaks writers: text that looks like
/// another kind or like YAML syntax, control characters, line breaks of every kind, RTL text,
/// emoji, long strings, odd keys, every spelling of numbers, booleans and nulls, empty maps and
/// lists, lists of lists, and lists of maps with identity keys.
/// </summary>
internal static class DataTreeGen
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("generated");

    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "9", " ", "  ", "x y", "word", "0412", "true", "True", "false", "null", "Null", "~", "1e3", "1.50", ".5", "-", "--- ",
        "...", "?", ":", ": ", " :", "#", " #", "*", "&", "!", "|", ">", "'", "\"", "%", "@", "`", "[", "]", "{", "}", ",", "\\",
        "\n", "\n\n", "\r\n", "\r", "\t", "\0", "\u0007", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFF",
        "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u200F", "\u202E", "\u4E2D\u6587", "\u00E9", "e\u0301", "\u00F8",
        "😀", "👩‍👩‍👧", "🇳🇴", "yes", "no", "on", ".inf", "0x1F", "1:20", "<<", "2026-10-05", "https://example.org/a#b", "- x", "a: b",
        "{ x }", "[1, 2]", "'q'", "\"q\"", "&a", "*a", "!tag", "%YAML", "|-", ">+",
    ];

    private static readonly Gen<string> PieceText =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 8].Select(string.Concat);

    /// <summary>Any text without unpaired surrogates (which no UTF-8 file can hold).</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (12, PieceText),
        (3, Gen.Char['\u0000', '\uD7FF'].Array[0, 12].Select(c => new string(c))),
        (1, Gen.Int[1, 3].Select(n => string.Concat(Enumerable.Repeat("long text 😀 ", 2_000 * n)))),
        (1, Gen.Int[0, 3].Select(n => new string('x', 12_000) + string.Concat(Enumerable.Repeat("\n", n)))));

    private static readonly Gen<string> IntegerText = Gen.Frequency(
        (4, Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("0412", "+3", "-0", "007", "12345678901234567890123", "0")));

    private static readonly Gen<string> NumberText = Gen.Frequency(
        (4, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Where(s => s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal))),
        (1, Gen.OneOf("1.50", ".5", "5.", "1e3", "-2.5E-3", "+1.0", "0.0", "1E400", "3.141592653589793238462643383279")));

    /// <summary>A scalar of any kind, spelt in any of the ways a reader accepts.</summary>
    public static readonly Gen<DataNode> Scalar = Gen.Frequency(
        (6, Text.Select(t => new DataScalar(Here, t, ScalarKind.String))),
        (2, IntegerText.Select(t => new DataScalar(Here, t, ScalarKind.Integer))),
        (2, NumberText.Select(t => new DataScalar(Here, t, ScalarKind.Number))),
        (1, Gen.OneOf("true", "True", "TRUE", "false", "False", "FALSE").Select(t => new DataScalar(Here, t, ScalarKind.Boolean))),
        (1, Gen.OneOf("", "~", "null", "NULL").Select(t => new DataScalar(Here, t, ScalarKind.Null))))
        .Select(s => (DataNode)s);

    /// <summary>Keys: the identity keys, ordinary ones and odd ones.</summary>
    public static readonly Gen<string> Key = Gen.Frequency(
        (4, Gen.OneOf("id", "name", "title", "url", "text", "status", "a", "b")),
        (2, Gen.OneOf("", "odd key", "0412", "true", "null", "~", "-", "? x", "a: b", "#c", "områder", "😀", "line\nbreak", " lead", "trail ", "x\"y", "\t", "\r\n", "\u2028", "[0]", "a.b", "<<")),
        (1, Text),
        (1, Gen.Const(new string('k', 1_500))));

    /// <summary>A tree of at most <paramref name="depth"/> levels of maps and lists.</summary>
    public static Gen<DataNode> Tree(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (2, Map(depth)),
            (2, Gen.Int[0, 4].SelectMany(n => Tree(depth - 1).Array[n]).Select(items => (DataNode)new DataList(Here, items))),
            (1, Records(depth)));

    /// <summary>A map of up to five entries with distinct keys.</summary>
    public static Gen<DataNode> Map(int depth) =>
        Gen.Select(Key, Tree(depth - 1)).Array[0, 5].Select(entries => (DataNode)new DataMap(
            Here,
            entries.DistinctBy(e => e.Item1, StringComparer.Ordinal).Select(e => new DataMapEntry(e.Item1, Here, e.Item2)).ToList()));

    /// <summary>A list of maps that each carry a distinct identity under one of the identity keys.</summary>
    public static Gen<DataNode> Records(int depth) =>
        Gen.Select(Gen.OneOf("id", "name", "title", "url"), Gen.Int[0, 5], Gen.Bool).SelectMany((key, count, numeric) =>
            Map(depth).Array[count].Select(maps => (DataNode)new DataList(Here, maps.Select((m, i) =>
            {
                DataNode id = numeric
                    ? new DataScalar(Here, (i * 7 + 3).ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarKind.Integer)
                    : new DataScalar(Here, "R" + i, ScalarKind.String);
                var others = ((DataMap)m).Entries.Where(e => e.Key != key);
                return (DataNode)new DataMap(Here, [new DataMapEntry(key, Here, id), .. others]);
            }).ToList())));
}
