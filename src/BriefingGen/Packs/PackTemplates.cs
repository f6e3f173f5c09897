using System.Collections.Concurrent;
using BriefingGen.Caching;
using BriefingGen.Compose;
using BriefingGen.IO;
using Scriban;

namespace BriefingGen.Packs;

/// <summary>
/// A pack's Scriban templates, each read and parsed once and then shared by every render, on any
/// thread: a parsed template is immutable and each render runs it in a context of its own.
/// </summary>
internal sealed class PackTemplates
{
    /// <summary>The largest template file read.</summary>
    public const long MaxTemplateBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<string, (Template? Template, string Error)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Template> _lines = new(StringComparer.Ordinal);

    /// <summary>How many include names are kept: a pack has a few dozen partials, while names built from data could be endless spellings of them.</summary>
    private const int MaxKeptIncludes = 1024;

    /// <summary>The longest include name kept; a longer one is resolved each time it is asked for.</summary>
    private const int MaxKeptIncludeLength = 1024;

    /// <summary>Include names already found inside the pack, with their real paths; names that led nowhere are never kept.</summary>
    private readonly BoundedCache<string, string> _includes = new(MaxKeptIncludes, StringComparer.Ordinal, (name, _) => name.Length <= MaxKeptIncludeLength);

    /// <summary>The parsed template in the file at <paramref name="path"/>, or null and why it could not be read.</summary>
    public Template? File(string path, out string error)
    {
        var (template, message) = _files.GetOrAdd(path, Read);
        error = message;
        return template;
    }

    /// <summary>
    /// The real path that include <paramref name="name"/> led to before, if it did: resolving walks
    /// every folder of the path for links, and a paper includes the same few files many times.
    /// </summary>
    public bool TryGetInclude(string name, out string path) => _includes.TryGet(name, out path!);

    /// <summary>Keeps what include <paramref name="name"/> resolved to, for the renders that follow.</summary>
    public void KeepInclude(string name, string path) => _includes.Keep(name, path);

    /// <summary>A one-line template from the manifest, named <paramref name="name"/> in messages.</summary>
    public Template Line(string name, string text) => _lines.GetOrAdd(name + "\n" + text, _ => Template.Parse(WithoutMarks(text), name));

    private static (Template?, string) Read(string path)
    {
        var text = BoundedFile.ReadText(path, MaxTemplateBytes, out var error);
        return text is null ? (null, $"cannot read the template '{Path.GetFileName(path)}': {error}") : (Template.Parse(WithoutMarks(text), path), "");
    }

    /// <summary>Slot marks are the composer's own; a template may not write them as text.</summary>
    private static string WithoutMarks(string text) =>
        SlotMarks.Any(text) ? new string(text.Where(c => !SlotMarks.IsMarkCharacter(c)).ToArray()) : text;
}
