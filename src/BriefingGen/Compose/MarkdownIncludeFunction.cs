using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// Scriban's <c>include</c>, with its result marked as Markdown. An included partial has already
/// turned its own values into slots as it ran; without this mark its whole output would be taken
/// for one value, and its headings and tables would print as literal text.
/// </summary>
internal sealed class MarkdownIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    /// <inheritdoc />
    public int RequiredParameterCount => _include.RequiredParameterCount;

    /// <inheritdoc />
    public int ParameterCount => _include.ParameterCount;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    /// <inheritdoc />
    public Type ReturnType => typeof(MarkdownText);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    /// <inheritdoc />
    public int GetParameterIndexByName(string name) => _include.GetParameterIndexByName(name);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new MarkdownText(_include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
