using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose.Builtins;

/// <summary>
/// One of Scriban's built-in functions called directly, not found by reflection. Scriban makes
/// each of its built-ins from a <c>MethodInfo</c>, and in a natively compiled binary the first
/// such lookup builds a table of every method in the program: about 20 ms of processor time in a
/// render of 90 ms.
/// The parameters carry Scriban's names and defaults, so named arguments (<c>length: 3</c>) and
/// left-out optional ones behave as they do for Scriban's own function.
/// </summary>
internal sealed class WiredFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;
    private readonly Func<BuiltinArguments, object?> _body;

    /// <summary>Creates a function.</summary>
    /// <param name="body">Calls Scriban's method with the arguments converted as Scriban converts them.</param>
    /// <param name="parameters">The method's parameters after its context and span: <see cref="Required"/> or <see cref="Optional"/>.</param>
    public WiredFunction(Func<BuiltinArguments, object?> body, params ScriptParameterInfo[] parameters)
    {
        _body = body;
        _parameters = parameters;
        RequiredParameterCount = parameters.Count(p => !p.HasDefaultValue);
    }

    /// <inheritdoc />
    public int RequiredParameterCount { get; }

    /// <inheritdoc />
    public int ParameterCount => _parameters.Length;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <summary>A parameter that must be passed.</summary>
    public static ScriptParameterInfo Required(string name) => new(typeof(object), name);

    /// <summary>A parameter that may be left out, taking <paramref name="value"/>.</summary>
    public static ScriptParameterInfo Optional(string name, object? value) => new(typeof(object), name, value);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => _parameters[index];

    /// <inheritdoc />
    public int GetParameterIndexByName(string name) => Array.FindIndex(_parameters, p => p.Name == name);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _body(new BuiltinArguments(context, callerContext?.Span ?? context.CurrentSpan, arguments));

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
