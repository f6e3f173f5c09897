using BriefingGen.Data;
using CsCheck;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Edits to a data tree made to break what reads it: scalars replaced by hostile values that fit
/// the field or are of the wrong type, Markdown fields filled with hostile Markdown, lists made
/// empty or thousands of items long, entries removed or added, values nested to the depth limit.
/// </summary>
internal sealed class TreeMutations
{
    /// <summary>Lengths a list is cut or repeated to: empty, one, two, and long enough to fill tens of pages.</summary>
    private static readonly int[] ListLengths = [0, 1, 2, 30, 300, 1_000];

    private readonly List<(string Path, DataNode Node, string Key, int Depth)> _places;
    private readonly List<(string Path, DataNode Node, string Key, int Depth)> _scalars;
    private readonly List<(string Path, DataNode Node, string Key, int Depth)> _lists;
    private readonly List<(string Path, DataNode Node, string Key, int Depth)> _maps;
    private readonly List<(string Path, DataNode Node, string Key, int Depth)> _markdown;

    /// <summary>Edits for <paramref name="root"/>.</summary>
    public TreeMutations(DataNode root)
    {
        _places = TreeEdit.Places(root).ToList();
        _scalars = _places.Where(p => p.Node is DataScalar).ToList();
        _lists = _places.Where(p => p.Node is DataList).ToList();
        _maps = _places.Where(p => p.Node is DataMap).ToList();
        _markdown = _places.Where(p => p.Node is DataScalar && p.Key is "summary" or "background").ToList();
        Edit = Gen.Frequency(
            (12, Pick(_scalars).SelectMany(p => HostileValues.For(p.Key, p.Depth).Select(v => Replace(p.Path, v)))),
            (6, Pick(_markdown).SelectMany(p => HostileMarkdown.Field.Select(m => Replace(p.Path, HostileValues.Str(m))))),
            (2, Pick(_places.Skip(1).ToList()).SelectMany(p => HostileValues.AnyWrong(p.Depth).Select(v => Replace(p.Path, v)))),
            (2, Gen.Select(Pick(_lists), Gen.Int[0, ListLengths.Length - 1], (p, i) => Resize(p.Path, ListLengths[i]))),
            (2, Pick(_places.Skip(1).ToList()).Select(p => Remove(p.Path))),
            (1, Gen.Select(Pick(_maps), HostileStrings.Text, HostileValues.For("", 1), (p, key, value) => AddEntry(p.Path, key, value))),
            (1, Gen.Select(Pick(_lists), HostileValues.For("", 2), (p, value) => Append(p.Path, value))));
        Edits = Gen.Frequency(
            (30, Edit.Array[1, 4].Select(edits => (IReadOnlyList<TreeEdit>)edits)),
            (1, HostileValues.AnyWrong(0).Select(v => (IReadOnlyList<TreeEdit>)[Replace("", v)])));
    }

    /// <summary>One edit.</summary>
    public Gen<TreeEdit> Edit { get; }

    /// <summary>One to four edits, or now and then the root replaced by a value of the wrong kind.</summary>
    public Gen<IReadOnlyList<TreeEdit>> Edits { get; }

    private static Gen<T> Pick<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    private static TreeEdit Replace(string path, DataNode value) =>
        new(path, _ => value, $"{Show(path)} = {Describe(value)}");

    private static TreeEdit Remove(string path) => new(path, _ => null, $"{Show(path)} removed");

    private static TreeEdit Resize(string path, int length) => new(
        path,
        node => node is DataList { Items.Count: > 0 } list
            ? HostileValues.List(Enumerable.Range(0, length).Select(i => list.Items[i % list.Items.Count]))
            : node,
        $"{Show(path)} repeated to {length} items");

    private static TreeEdit AddEntry(string path, string key, DataNode value) => new(
        path,
        node => node is DataMap map && map[key] is null
            ? new DataMap(map.Location, [.. map.Entries, new DataMapEntry(key, map.Location, value)])
            : node,
        $"{Show(path)} gains the key {Quote(key)} = {Describe(value)}");

    private static TreeEdit Append(string path, DataNode value) => new(
        path,
        node => node is DataList list ? HostileValues.List([.. list.Items, value]) : node,
        $"{Show(path)} gains the item {Describe(value)}");

    private static string Show(string path) => path.Length == 0 ? "(the root)" : path;

    /// <summary>A short, printable account of a value: its kind, a quoted prefix of text and the size of containers.</summary>
    public static string Describe(DataNode value) => value switch
    {
        DataScalar { Kind: ScalarKind.String } s => Quote(s.Text),
        DataScalar s => $"{s.Text} ({s.Describe()})",
        DataList l => $"a list of {l.Items.Count} (depth {Depth(l)}, {l.Weight} nodes)",
        DataMap m => $"a map of {m.Entries.Count} (depth {Depth(m)}, {m.Weight} nodes)",
        _ => value.Describe(),
    };

    private static int Depth(DataNode node) => node switch
    {
        DataList l => 1 + (l.Items.Count == 0 ? 0 : l.Items.Max(Depth)),
        DataMap m => 1 + (m.Entries.Count == 0 ? 0 : m.Entries.Max(e => Depth(e.Value))),
        _ => 0,
    };

    /// <summary>Text as a C#-style quoted string, escaped and cut to 160 characters.</summary>
    public static string Quote(string text)
    {
        var shown = text.Length > 160 ? text[..160] : text;
        var escaped = string.Concat(shown.Select(c => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when c < 0x20 || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF'
                || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        }));
        return "\"" + escaped + "\"" + (text.Length > 160 ? $"… ({text.Length} characters)" : "");
    }
}
