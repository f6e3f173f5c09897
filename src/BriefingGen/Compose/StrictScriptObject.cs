using BriefingGen.Data.Schema;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// A map of data or labels that refuses to read a member it does not have. Scriban returns null
/// for unknown members, which would turn a misspelt field into silently missing text; this turns
/// it into an error at the template's line and column. Optional fields the schema declares read
/// as null, so templates can still test for them; they are looked up in the schema rather than
/// copied into every map, which for a long list of small items would cost the schema's size once
/// per item.
/// </summary>
/// <remarks>
/// Made with Scriban's import of a subclass's static members turned off: it would look this type
/// over through reflection once for every map of the data.
/// </remarks>
internal sealed class StrictScriptObject(string description, IReadOnlyDictionary<string, SchemaNode>? declared = null)
    : ScriptObject(0, autoImportStaticsFromThisType: false)
{
    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        if (declared is not null && declared.ContainsKey(member))
        {
            value = null;
            return true;
        }

        var known = string.Join(", ", Keys.Concat(declared?.Keys ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        throw new ScriptRuntimeException(span, $"{description} has no field '{member}'; it has: {known}");
    }
}
