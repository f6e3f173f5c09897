using BriefingGen.IO;
using BriefingGen.Packs;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// Resolves <c>include</c> names to files inside the template pack and nowhere else: a name that
/// climbs out with <c>..</c>, is absolute, or reaches through a link to outside is refused with an
/// error at the include. Parsed templates come from the pack's cache, so loading is only naming,
/// and a name once found is found again from that cache.
/// </summary>
internal sealed class PackTemplateLoader(string packDirectory, PackTemplates templates) : ITemplateLoader
{
    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templates.TryGetInclude(templateName, out var known))
        {
            return known;
        }

        if (Path.IsPathRooted(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is an absolute path; includes must name a file inside the template pack");
        }

        var real = ContainedPath.Resolve(packDirectory, templateName)
            ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' leads outside the template pack; includes must stay inside it");
        if (!File.Exists(real))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' names no file in the template pack");
        }

        templates.KeepInclude(templateName, real);
        return real;
    }

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException("pack templates are parsed through the pack's cache");

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
