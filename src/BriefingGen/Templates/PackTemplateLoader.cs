using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Templates;

/// <summary>
/// Resolves <c>include</c> names to files inside the template pack and nowhere else: a name that
/// climbs out with <c>..</c>, is absolute, or reaches through a link to outside is refused with an
/// error at the include.
/// </summary>
internal sealed class PackTemplateLoader(string packDirectory) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(packDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Path.IsPathRooted(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is an absolute path; includes must name a file inside the template pack");
        }

        var full = Path.GetFullPath(Path.Combine(_root, templateName));
        var real = ResolveLinks(full);
        if (!real.StartsWith(_root, StringComparison.Ordinal) || !full.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' leads outside the template pack; includes must stay inside it");
        }

        if (!File.Exists(real))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' names no file in the template pack");
        }

        return real;
    }

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>Follows symbolic links in every part of the path, so a link cannot smuggle in an outside file.</summary>
    private static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
        var directory = Path.GetDirectoryName(target);
        if (directory is null)
        {
            return target;
        }

        var dir = new DirectoryInfo(directory);
        var realDir = dir.Exists ? dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory : directory;
        return Path.Combine(realDir, Path.GetFileName(target));
    }
}
