using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingGen.Compose;

/// <summary>
/// A map whose missing members read as null instead of failing, for values whose set of keys a
/// template cannot know in advance: a brand kit's logos differ from kit to kit, so a pack writes
/// <c>brand?.logos?.mark ?? brand?.logos?.primary</c> and works with any kit.
/// </summary>
internal sealed class OpenScriptObject() : ScriptObject(0, autoImportStaticsFromThisType: false)
{
    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            value = null;
        }

        return true;
    }
}
