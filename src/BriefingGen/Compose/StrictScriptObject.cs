using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// A map of data or labels that refuses to read a member it does not have. Scriban returns null
/// for unknown members, which would turn a misspelt field into silently missing text; this turns
/// it into an error at the template's line and column. Optional fields the schema declares are
/// present with a null value, so templates can still test for them.
/// </summary>
internal sealed class StrictScriptObject(string description) : ScriptObject
{
    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        var known = string.Join(", ", Keys.Order(StringComparer.Ordinal));
        throw new ScriptRuntimeException(span, $"{description} has no field '{member}'; it has: {known}");
    }
}
