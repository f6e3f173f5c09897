using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingGen.Compose.Builtins;

/// <summary>
/// The arguments of a <see cref="WiredFunction"/> call, converted to a parameter's type with
/// <see cref="TemplateContext.ToObject(SourceSpan, object?, Type)"/>, as Scriban converts the
/// arguments of its own functions.
/// </summary>
internal readonly struct BuiltinArguments(TemplateContext context, SourceSpan span, ScriptArray arguments)
{
    /// <summary>The template run.</summary>
    public TemplateContext Context => context;

    /// <summary>Where the call stands in the template.</summary>
    public SourceSpan Span => span;

    /// <summary>The argument at <paramref name="index"/> as it was passed.</summary>
    public object? Value(int index) => index < arguments.Count ? arguments[index] : null;

    /// <summary>The argument at <paramref name="index"/> as text, or null.</summary>
    public string? Text(int index) => (string?)Converted(index, typeof(string));

    /// <summary>The argument at <paramref name="index"/> as a list, or null.</summary>
    public IEnumerable? List(int index) => (IEnumerable?)Converted(index, typeof(IEnumerable));

    /// <summary>The argument at <paramref name="index"/> as a whole number; nothing is 0.</summary>
    public int Whole(int index) => Converted(index, typeof(int)) is int value ? value : 0;

    /// <summary>The argument at <paramref name="index"/> as a whole number, or null when nothing was passed.</summary>
    public int? OptionalWhole(int index) => Value(index) is null ? null : Whole(index);

    /// <summary>The argument at <paramref name="index"/> as true or false.</summary>
    public bool Truth(int index) => Converted(index, typeof(bool)) is true;

    private object? Converted(int index, Type type) => context.ToObject(span, Value(index), type);
}
