using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose.Builtins;

/// <summary>
/// A Scriban built-in that pack templates may not use, in the place of Scriban's own: calling it
/// is an error at the call, saying why. Withheld are the functions that would run text from the
/// data as template code (<c>object.eval</c>), or make a paper differ from one run to the next
/// (<c>date.now</c>, <c>math.random</c>): data is always literal text, and the same input makes
/// the same bytes.
/// </summary>
/// <param name="reason">Why the function is withheld, said after its name.</param>
internal sealed class WithheldFunction(string reason) : IScriptCustomFunction
{
    /// <inheritdoc />
    public int RequiredParameterCount => 0;

    /// <inheritdoc />
    public int ParameterCount => 0;

    /// <inheritdoc />
    /// <remarks>Any arguments are taken, so the call reaches <see cref="Invoke"/> and its message, whatever was passed.</remarks>
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    /// <inheritdoc />
    public int GetParameterIndexByName(string name) => -1;

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"{Name(callerContext)} is not available to pack templates: {reason}");

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The function as the template names it (<c>object.eval</c>).</summary>
    private static string Name(ScriptNode? call) => call switch
    {
        ScriptFunctionCall { Target: { } target } => target.ToString(),
        ScriptPipeCall pipe => pipe.To?.ToString() ?? "this function",
        { } node => node.ToString(),
        null => "this function",
    };
}
