using Scriban.Functions;
using Scriban.Runtime;
using static BriefingGen.Compose.Builtins.WiredFunction;

namespace BriefingGen.Compose.Builtins;

/// <summary>
/// Scriban's built-in objects — <c>string</c>, <c>object</c>, <c>date</c>, <c>math</c>,
/// <c>html</c>, <c>regex</c>, <c>timespan</c>, <c>empty</c>, <c>include_join</c> — as every
/// template run sees them: one read-only set for the whole process, shared by all papers and
/// threads, since no run can change it. Scriban's own set is built through reflection, which in a
/// natively compiled binary costs more than composing a paper, so the functions templates use
/// most are wired to Scriban's methods directly and each object's others are made on first use.
/// This file lists every wired function, and every withheld one (<see cref="WithheldFunction"/>).
/// </summary>
internal static class ScribanBuiltins
{
    /// <summary>
    /// In the place of a function whose answer changes from one run to the next. Withheld functions
    /// come first: static members are made in the order they are written, and the objects use them.
    /// </summary>
    private static WithheldFunction SameEveryRun { get; } = new(
        "the same data must make the same paper on every run and every day. Take dates from the data (data.date)");

    /// <summary>In the place of a function that runs text as template code.</summary>
    private static WithheldFunction DataIsText { get; } = new(
        "it would run text, such as a value from the data, as template code, and data is always literal text. Write the template's code in the pack's own templates");

    /// <summary>
    /// The <c>array</c> object: Scriban's functions with the pack's own (<see
    /// cref="Functions.ListFunctions"/>) in place of those that grow a list. Read-only, so every
    /// pack and paper shares it.
    /// </summary>
    public static ScriptObject Array { get; } = ArrayObject();

    /// <summary>The built-in objects, read-only.</summary>
    public static ScriptObject Shared { get; } = Create();

    private static ScriptObject Create()
    {
        var builtins = new ScriptObject(16)
        {
            ["empty"] = EmptyScriptObject.Default,
            ["blank"] = EmptyScriptObject.Default,
            ["include"] = new IncludeFunction(),
            ["include_join"] = new IncludeJoinFunction(),
            ["array"] = Array,
            ["string"] = StringObject(),
            ["object"] = ObjectObject(),
            ["date"] = new BuiltinObject(() => new DateTimeFunctions()).With(("now", SameEveryRun)),
            ["html"] = new BuiltinObject(() => new HtmlFunctions()).With(),
            ["math"] = new BuiltinObject(() => new MathFunctions()).With(("random", SameEveryRun)),
            ["regex"] = new BuiltinObject(() => new RegexFunctions()).With(),
            ["timespan"] = new BuiltinObject(() => new TimeSpanFunctions()).With(),
        };
        builtins.IsReadOnly = true;
        return builtins;
    }

    private static BuiltinObject ArrayObject() => new BuiltinObject(() => new ArrayFunctions()).With([
        .. Functions.ListFunctions.Own,
        ("compact", new WiredFunction(a => ArrayFunctions.Compact(a.Context, a.Span, a.List(0)), Required("list"))),
        ("contains", new WiredFunction(a => ArrayFunctions.Contains(a.Context, a.Span, a.List(0), a.Value(1)), Required("list"), Required("item"))),
        ("filter", new WiredFunction(a => ArrayFunctions.Filter(a.Context, a.Span, a.List(0), a.Value(1)), Required("list"), Required("function"))),
        ("first", new WiredFunction(a => ArrayFunctions.First(a.List(0)), Required("list"))),
        ("join", new WiredFunction(a => ArrayFunctions.Join(a.Context, a.Span, a.List(0), a.Text(1), a.Value(2)), Required("list"), Required("delimiter"), Optional("function", null))),
        ("last", new WiredFunction(a => ArrayFunctions.Last(a.Context, a.Span, a.List(0)), Required("list"))),
        ("limit", new WiredFunction(a => ArrayFunctions.Limit(a.Context, a.Span, a.List(0), a.Whole(1)), Required("list"), Required("count"))),
        ("map", new WiredFunction(a => ArrayFunctions.Map(a.Context, a.Span, a.Value(0), a.Text(1)), Required("list"), Required("member"))),
        ("offset", new WiredFunction(a => ArrayFunctions.Offset(a.Context, a.Span, a.List(0), a.Whole(1)), Required("list"), Required("index"))),
        ("reverse", new WiredFunction(a => ArrayFunctions.Reverse(a.Context, a.Span, a.List(0)), Required("list"))),
        ("size", new WiredFunction(a => ArrayFunctions.Size(a.Context, a.Span, a.List(0)), Required("list"))),
        ("sort", new WiredFunction(a => ArrayFunctions.Sort(a.Context, a.Span, a.Value(0), a.Text(1)), Required("list"), Optional("member", null))),
        ("uniq", new WiredFunction(a => ArrayFunctions.Uniq(a.Context, a.Span, a.List(0)), Required("list")))]);

    private static BuiltinObject StringObject() => new BuiltinObject(() => new StringFunctions()).With(
        ("append", new WiredFunction(a => StringFunctions.Append(a.Context, a.Text(0), a.Text(1)), Required("text"), Required("with"))),
        ("capitalize", new WiredFunction(a => StringFunctions.Capitalize(a.Text(0)), Required("text"))),
        ("contains", new WiredFunction(a => StringFunctions.Contains(a.Text(0), a.Text(1)), Required("text"), Required("value"))),
        ("downcase", new WiredFunction(a => StringFunctions.Downcase(a.Text(0)), Required("text"))),
        ("empty", new WiredFunction(a => StringFunctions.Empty(a.Text(0)), Required("text"))),
        ("ends_with", new WiredFunction(a => StringFunctions.EndsWith(a.Text(0), a.Text(1)), Required("text"), Required("value"))),
        ("prepend", new WiredFunction(a => StringFunctions.Prepend(a.Context, a.Text(0), a.Text(1)), Required("text"), Required("by"))),
        ("replace", new WiredFunction(a => StringFunctions.Replace(a.Context, a.Text(0), a.Text(1), a.Text(2)), Required("text"), Required("match"), Required("replace"))),
        ("size", new WiredFunction(a => StringFunctions.Size(a.Text(0)), Required("text"))),
        ("slice", new WiredFunction(a => StringFunctions.Slice(a.Text(0), a.Whole(1), a.OptionalWhole(2)), Required("text"), Required("start"), Optional("length", null))),
        ("slice1", new WiredFunction(a => StringFunctions.Slice1(a.Text(0), a.Whole(1), a.Whole(2)), Required("text"), Required("start"), Optional("length", 1))),
        ("split", new WiredFunction(a => StringFunctions.Split(a.Text(0), a.Text(1)), Required("text"), Required("match"))),
        ("starts_with", new WiredFunction(a => StringFunctions.StartsWith(a.Text(0), a.Text(1)), Required("text"), Required("value"))),
        ("strip", new WiredFunction(a => StringFunctions.Strip(a.Text(0)), Required("text"))),
        ("truncate", new WiredFunction(a => StringFunctions.Truncate(a.Text(0), a.Whole(1), a.Text(2)), Required("text"), Required("length"), Optional("ellipsis", null))),
        ("upcase", new WiredFunction(a => StringFunctions.Upcase(a.Text(0)), Required("text"))),
        ("whitespace", new WiredFunction(a => StringFunctions.Whitespace(a.Text(0)), Required("text"))));

    private static BuiltinObject ObjectObject() => new BuiltinObject(() => new ObjectFunctions()).With(
        ("eval", DataIsText),
        ("eval_template", DataIsText),
        ("default", new WiredFunction(a => ObjectFunctions.Default(a.Value(0), a.Value(1)), Required("value"), Required("default"))),
        ("typeof", new WiredFunction(a => ObjectFunctions.Typeof(a.Value(0)), Required("value"))));
}
