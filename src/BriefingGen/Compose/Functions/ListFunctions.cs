using BriefingGen.Compose.Builtins;
using Scriban.Runtime;

namespace BriefingGen.Compose.Functions;

/// <summary>
/// Scriban's <c>array</c> functions, with the ones that grow a list — <c>add</c>, <c>add_range</c>,
/// <c>concat</c>, <c>insert_at</c>, <c>remove_at</c> — made eager: each returns a new plain list.
/// Scriban's own return a lazy range over the list they were given, so a list built up in a loop
/// nests ranges inside ranges until reading it overflows the stack. <c>sort_text</c> sorts as the
/// paper's language does (Norwegian puts æ, ø, å after z; Russian orders Cyrillic), which Scriban's
/// ordinal <c>sort</c> does not.
/// </summary>
internal static class ListFunctions
{
    /// <summary>
    /// The functions of <c>array</c> that are the pack's own rather than Scriban's; <see
    /// cref="ScribanBuiltins.Array"/> puts them beside Scriban's.
    /// </summary>
    public static IReadOnlyList<(string Name, IScriptCustomFunction Function)> Own { get; } =
    [
        ("add", new TemplateFunction("add", 2, 2, call => Grow(call, List(call, 0), list => list.Add(call.Argument(1))))),
        ("add_range", new TemplateFunction("add_range", 2, 2, call => Grow(call, List(call, 0), list => list.AddRange(List(call, 1))))),
        ("concat", new TemplateFunction("concat", 2, 2, call => Grow(call, List(call, 0), list => list.AddRange(List(call, 1))))),
        ("insert_at", new TemplateFunction("insert_at", 3, 3, call => Grow(call, List(call, 0), list =>
        {
            var index = (int)Math.Clamp(call.Whole(call.Argument(1), "insert_at's index"), 0, list.Count);
            list.Insert(index, call.Argument(2));
        }))),
        ("remove_at", new TemplateFunction("remove_at", 2, 2, call => Grow(call, List(call, 0), list =>
        {
            var index = call.Whole(call.Argument(1), "remove_at's index");
            index = index < 0 ? list.Count + index : index;
            if (index >= 0 && index < list.Count)
            {
                list.RemoveAt((int)index);
            }
        }))),
        ("sort_text", new TemplateFunction("sort_text", 1, 2, SortText))
    ];

    /// <summary><c>array.sort_text items [member]</c>: the items in the order of the paper's language, by their text or their <paramref name="call"/>'s member; ties keep their order.</summary>
    private static ScriptArray SortText(TemplateCall call)
    {
        var member = call.Argument(1) is null ? null : call.Text(1);
        var collation = call.Culture.CompareInfo;
        string Key(object? item) => call.Text(member is null ? item : item switch
        {
            ScriptObject map => map[member],
            IDictionary<string, object?> map => map.TryGetValue(member, out var value) ? value : null,
            _ => null,
        });
        var comparer = Comparer<string>.Create((a, b) => collation.Compare(a, b, System.Globalization.CompareOptions.IgnoreCase));
        return new ScriptArray(List(call, 0).Select(item => (Item: item, Key: Key(item))).OrderBy(x => x.Key, comparer).Select(x => x.Item));
    }

    private static List<object?> List(TemplateCall call, int index) => call.Argument(index) switch
    {
        null => [],
        string text => [text],
        System.Collections.IEnumerable items => [.. items.Cast<object?>()],
        var single => [single],
    };

    private static ScriptArray Grow(TemplateCall call, List<object?> list, Action<List<object?>> change)
    {
        change(list);
        return list.Count <= ComposeContext.MaxListItems
            ? new ScriptArray(list)
            : throw call.Error($"a list of {list.Count:N0} items; no paper needs one so long (look for a loop that does not end)");
    }
}
