using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingGen.Compose.Builtins;

/// <summary>
/// A read-only built-in object (<c>string</c>, <c>array</c>, <c>date</c>…) whose common functions
/// are <see cref="WiredFunction"/>s and whose other members come from Scriban's own object, made
/// through reflection only when a template first names one of them.
/// </summary>
internal sealed class BuiltinObject : ScriptObject
{
    private readonly Lazy<ScriptObject> _rest;

    /// <summary>Creates the object.</summary>
    /// <param name="rest">Makes Scriban's own object, asked for members not wired here.</param>
    public BuiltinObject(Func<ScriptObject> rest)
        : base(16, autoImportStaticsFromThisType: false)
    {
        _rest = new Lazy<ScriptObject>(
            () =>
            {
                var made = rest();
                made.IsReadOnly = true;
                return made;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        base.TryGetValue(context, span, member, out value) || _rest.Value.TryGetValue(context, span, member, out value);

    /// <inheritdoc />
    public override bool Contains(string member) => base.Contains(member) || _rest.Value.Contains(member);

    /// <summary>
    /// Adds the wired functions, then makes the object read-only: a template that sets a member,
    /// wired or not, meets Scriban's "the object is readonly".
    /// </summary>
    public BuiltinObject With(params (string Name, IScriptCustomFunction Function)[] functions)
    {
        foreach (var (name, function) in functions)
        {
            this[name] = function;
        }

        IsReadOnly = true;
        return this;
    }
}
