using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// A function templates can call, registered by name with an explicit body rather than found by
/// reflection, so the product trims and compiles ahead of time. A function may return text,
/// numbers and lists for the template to work with, or model nodes (<see cref="Model.Block"/>,
/// <see cref="Model.Inline"/>) that go into the paper as they are, never as text to be parsed again.
/// </summary>
public sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly Func<TemplateCall, object?> _body;

    /// <summary>Creates a function.</summary>
    /// <param name="name">Its name in templates, snake_case: <c>risk_matrix</c>.</param>
    /// <param name="minArguments">How many arguments it needs.</param>
    /// <param name="maxArguments">How many it takes at most.</param>
    /// <param name="body">What it does.</param>
    public TemplateFunction(string name, int minArguments, int maxArguments, Func<TemplateCall, object?> body)
    {
        Name = name;
        RequiredParameterCount = minArguments;
        ParameterCount = maxArguments;
        _body = body;
    }

    /// <summary>The name templates call it by.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public int RequiredParameterCount { get; }

    /// <inheritdoc />
    public int ParameterCount { get; }

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index < RequiredParameterCount ? new ScriptParameterInfo(typeof(object), "arg" + index) : new ScriptParameterInfo(typeof(object), "arg" + index, null);

    /// <inheritdoc />
    public int GetParameterIndexByName(string name) => -1;

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _body(new TemplateCall(Name, (ComposeContext)context, arguments, callerContext?.Span ?? context.CurrentSpan));

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
