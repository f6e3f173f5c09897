using System.Globalization;
using BriefingGen.Model;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// One call of a <see cref="TemplateFunction"/>: its arguments, the document's culture and labels,
/// and where each data value came from, so a function can turn data into model nodes that keep
/// their origin. Errors raised through <see cref="Error"/> point at the call in the template.
/// </summary>
public sealed class TemplateCall
{
    private readonly ComposeContext _context;
    private readonly ScriptArray _arguments;
    private readonly SourceSpan _span;

    internal TemplateCall(string name, ComposeContext context, ScriptArray arguments, SourceSpan span)
    {
        Name = name;
        _context = context;
        _arguments = arguments;
        _span = span;
    }

    /// <summary>The function's name.</summary>
    public string Name { get; }

    /// <summary>
    /// How many arguments were passed. Scriban fills every optional parameter left out with null,
    /// so trailing nulls count as not passed: <c>toc "Contents"</c> is a call with one argument.
    /// </summary>
    public int Count
    {
        get
        {
            var count = _arguments.Count;
            while (count > 0 && _arguments[count - 1] is null)
            {
                count--;
            }

            return count;
        }
    }

    /// <summary>The document's culture, for dates and numbers.</summary>
    public CultureInfo Culture => _context.Culture;

    /// <summary>The argument at <paramref name="index"/>, or null when it was not passed.</summary>
    public object? Argument(int index) => index < _arguments.Count ? _arguments[index] : null;

    /// <summary>The argument at <paramref name="index"/> as text, as a template would print it.</summary>
    public string Text(int index) => Text(Argument(index));

    /// <summary><paramref name="value"/> as text, as a template would print it (numbers in the document's culture), without characters no document can hold.</summary>
    public string Text(object? value) => value is null ? "" : Data.TextCleaner.Clean(_context.ObjectToString(value), out _);

    /// <summary>The label called <paramref name="key"/> in the document's language, or <paramref name="fallback"/>.</summary>
    public string Label(string key, string fallback) => _context.Labels.TryGetValue(key, out var label) ? label : fallback;

    /// <summary>Where <paramref name="value"/> came from in the data, or null for a value the template made.</summary>
    public Origin? OriginOf(object? value) => _context.Origins.Find(value);

    /// <summary>
    /// <paramref name="value"/> as a line of inlines: nodes as they are, a label with its page
    /// placeholders as fields, anything else as literal text carrying its origin.
    /// </summary>
    public IReadOnlyList<Inline> Inlines(object? value) => value switch
    {
        null => [],
        Inline inline => [inline],
        IReadOnlyList<Inline> inlines => inlines,
        string s when OriginOf(s) is null && _context.IsLabel(s) && Placeholders.Any(s) => Placeholders.Expand(DataText.Fold(s)),
        _ => [TextNode(value)],
    };

    /// <summary>A text node for <paramref name="value"/> as it reads in a line (white space folded), carrying its origin.</summary>
    public Text TextNode(object? value) => new(DataText.Fold(Text(value))) { Origin = OriginOf(value) };

    /// <summary>
    /// <paramref name="result"/>, made from <paramref name="source"/>, as text that keeps the data
    /// value's origin. It is a fresh copy: a library may hand out the same string object for equal
    /// results ("three"), and an origin belongs to one value only.
    /// </summary>
    public string Derived(string result, object? source) => Derived(result, source, ValueDisplay.Derived);

    /// <summary>
    /// <paramref name="result"/>, made from <paramref name="source"/>, as text that keeps the data
    /// value's origin and says how it stands for the value (a date in its long form…).
    /// </summary>
    public string Derived(string result, object? source, ValueDisplay display)
    {
        if (result.Length == 0 || OriginOf(source) is null)
        {
            return result;
        }

        var copy = new string(result.AsSpan());
        _context.Origins.Inherit(copy, source, display);
        return copy;
    }

    /// <summary>The argument at <paramref name="index"/> as a list; an error if it is something else.</summary>
    public IReadOnlyList<object?> List(int index) => Argument(index) switch
    {
        ScriptArray array => array.Cast<object?>().ToList(),
        null => [],
        var other => throw Error($"{Name} expects a list as argument {index + 1}, got {Describe(other)}"),
    };

    /// <summary><paramref name="value"/> as a map of fields; an error if it is something else.</summary>
    public IReadOnlyDictionary<string, object?> Map(object? value, string what) => value switch
    {
        ScriptObject map => map.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal),
        _ => throw Error($"{Name} expects {what} to be a map of fields, got {Describe(value)}"),
    };

    /// <summary>A whole number; an error naming <paramref name="what"/> if <paramref name="value"/> is not one.</summary>
    public long Whole(object? value, string what) => value switch
    {
        long l => l,
        int i => i,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => (long)d,
        _ => throw Error($"{what} must be a whole number, got {Describe(value)}"),
    };

    /// <summary>Where the call is written in the template, for a later check that has no data value to point at.</summary>
    public Diagnostics.SourceLocation Location => new(_span.FileName ?? "", _span.Start.Line + 1, _span.Start.Column + 1);

    /// <summary>An error at the call in the template, for the template author to fix.</summary>
    public Exception Error(string message) => new ScriptRuntimeException(_span, message);

    /// <summary>
    /// An error about the data value <paramref name="value"/>, reported at its place in the data file
    /// with its data path; at the call in the template when the value has no origin (the template made it).
    /// </summary>
    public Exception ErrorAt(object? value, string message) =>
        OriginOf(value) is { } origin ? new DataValueException(_span, origin, message) : Error(message);

    private string Describe(object? value) => value switch
    {
        null => "nothing",
        string s => $"\"{s}\"",
        ScriptArray => "a list",
        ScriptObject => "a map",
        _ => Text(value),
    };
}
